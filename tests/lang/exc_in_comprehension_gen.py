# exceptions: errors inside comprehensions, generator expressions, lambdas, sort keys propagate
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("list comp", e)
try:
    {k: {}[k] for k in ["a"]}
except KeyError as e:
    print("dict comp", e)
g = (int(s) for s in ["1", "x", "3"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("genexp", e)
print(next(g, "generator finished after error"))
try:
    sorted([3, 1, 2], key=lambda v: [][v])
except IndexError as e:
    print("sort key", e)
try:
    list(map(lambda v: v.upper(), ["a", 1]))
except AttributeError as e:
    print("map", e)
try:
    max([1, 2], key=lambda v: undefined_fn(v))
except NameError as e:
    print("max key", e)
def gen():
    yield 1
    raise RuntimeError("inside gen")
out = []
try:
    for v in gen():
        out.append(v)
except RuntimeError as e:
    print("for loop", e, out)
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("sum", e)
