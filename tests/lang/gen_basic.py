# generators: yield, iteration protocol, StopIteration at the end
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1
print(list(count_to(5)))
g = count_to(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"))
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def lazy():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("ending")
g = lazy()
print("created")
for v in g:
    print("got", v)
print(iter(g) is g)
print(sum(x * x for x in count_to(4)))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 3:
        break
    print(v, end=" ")
print()
