# generators: single-pass semantics, exhaustion, re-creation, and use with builtins that consume
def g():
    yield from range(3)
it = g()
print(list(it), list(it), sum(g()), max(g()), sorted(g(), reverse=True))
it = g()
print(3 in it, list(it))
it = g()
print(1 in it, list(it))
it = g()
print(list(zip(it, it)))
ge = (x for x in range(5))
print(sum(ge), sum(ge))
it = g()
for x in it:
    if x == 0:
        break
print("rest:", list(it))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
def counting():
    n = 0
    while n < 3:
        n += 1
        yield n
a = counting()
b = counting()
print(next(a), next(a), next(b), list(a), list(b))
it = g()
print(tuple(it), dict.fromkeys(g()), set(g()) == {0, 1, 2})
print(any(x > 1 for x in g()), all(x < 1 for x in g()))
print("".join(str(x) for x in g()), list(enumerate(g())))
