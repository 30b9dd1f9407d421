# builtins: sorted on every iterable kind, stability with key, reversed on sequences and errors
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted(range(5), reverse=True), sorted([], reverse=True), sorted(x % 3 for x in range(7)))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[0]))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
print(sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed({"x": 1, "y": 2})), list(reversed(b"ab")), list(reversed(bytearray(b"cd"))))
for bad in [5, {1, 2}]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    reversed(iter([1]))
except TypeError:
    print("TypeError for iterator")
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError")
try:
    sorted()
except TypeError as e:
    print("TypeError")
