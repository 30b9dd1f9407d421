# expressions: equality across types is False (not an error); ordering across types raises TypeError
pairs = [(1, "1"), (1, [1]), ("a", b"a"), ((1,), [1]), (None, 0), (0, False), (1.0, True), ({}, []), (set(), frozenset())]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1, "1"), ("a", b"a"), ((1,), [1]), (None, None), ({1}, [1]), ([], ())]:
    try:
        print(repr(a), repr(b), a < b)
    except TypeError as e:
        print("TypeError", e)
print(1 < 2.5 < 3, True < 2, False < 0.5, 2 ** 70 > 1e20)
print([1, 2] == [1, 2.0], (1, 2) == (1, 2.0), {1: "a"} == {1.0: "a"}, {1} == {True})
print(sorted([2, 1.5, True, 0, -1.5]), max(1, 2.0, key=float), min([False, 0, 0.0]))
