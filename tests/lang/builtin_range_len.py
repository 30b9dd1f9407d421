# builtins: len() on every builtin container and on range objects with various steps
for obj in ["", "abc", "é€", b"", b"ab", bytearray(3), [], [1, 2], (), (1,), {}, {1: 2}, set(), {1, 2}, frozenset([1]),
            range(0), range(10), range(0, 10, 3), range(10, 0, -3), range(-5, 5), range(5, -5), memoryview(b"abcd")]:
    print(repr(obj) if not isinstance(obj, memoryview) else "memoryview", len(obj))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(-100, 100, 13)))
print(len(range(2 ** 30)), len(range(-(2 ** 30), 2 ** 30, 2 ** 20)), len(range(2 ** 31 - 1)))
for bad in [5, 1.5, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError")
