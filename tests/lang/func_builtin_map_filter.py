# functions: map/filter/zip/enumerate laziness and multiple iterables; reduce written by hand
m = map(lambda x: x * 2, [1, 2, 3])
print(list(m), list(m))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(str, range(3))), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(zip()), list(zip([1, 2])), list(zip("ab", "cd", "ef")), list(zip([1, 2, 3], "ab")))
print(list(enumerate("xyz")), list(enumerate("xy", 5)), dict(enumerate("ab")))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = map(noisy, [1, 2, 3])
print(log)
print(next(lazy), log)
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, "abc", ""))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
print(sum(map(int, "12345")), max(map(abs, [-7, 3])), sorted(map(str.lower, "BaC")))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError:
    print("ZeroDivisionError from map")
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError", e)
