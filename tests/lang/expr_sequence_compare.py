# expressions: lexicographic comparison of lists/tuples, nested, different lengths, mixed elements
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 9, 9], [] < [[]], [[1]] < [[2]])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) != (1, 2, 3), (0,) < (0, 0))
print([1, 2] == (1, 2), [1, 2] != (1, 2), list((1, 2)) == [1, 2])
print(max([(2, "b"), (2, "a"), (1, "z")]), min([[3], [1, 5], [1]]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
print([1, [2, [3]]] == [1, [2, [3]]], [1, [2, [3]]] < [1, [2, [4]]])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError", e)
print([1, "a"] < [2, 1], [1, "a"] == [1, 2])
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print("TypeError", e)
print("abc" < "abd", b"ab" < b"b", [b"x"] < [b"y"])
nan = float("nan")
print([nan] == [nan], (nan,) < (nan,), [1, nan] < [1, nan])
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return True
print([E()] == [E()])
print([1, 2, 3] > [1, 2], (3,) >= (3,), [] <= [], () > ())
