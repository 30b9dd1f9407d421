# builtins: sum with start values and types, any/all short-circuit on iterators
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([1, 2.5]), sum(range(101)))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True]), sum([10 ** 20, 10 ** 20]))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum([1], start=5))
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
log = []
def t(v):
    log.append(v)
    return v
print(any(t(x) for x in [0, 0, 1, 1]), log)
log.clear()
print(all(t(x) for x in [1, 1, 0, 1]), log)
print(any([]), all([]), any([[]]), all([[]]), any(iter([0, "", None])), all("abc"))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)), all(isinstance(x, int) for x in [1, True]))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
