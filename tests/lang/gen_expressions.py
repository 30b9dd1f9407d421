# generator expressions: laziness, single use, scoping, as sole call argument
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "bbb", "cc"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for x in range(10) if x % 3 == 0))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (v for v in src())
print(log)
next(g)
print(log)
def bad_iter():
    return (1 / x for x in [1, 0])
g = bad_iter()
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("lazy ZeroDivisionError")
x = "outer"
g = (x for x in "abc")
print(list(g), x)
try:
    g = (y for y in 5)
except TypeError as e:
    print("TypeError eagerly:", e)
print("".join(c.upper() for c in "gen"))
print(tuple(n for n in range(4)), set(n % 2 for n in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
