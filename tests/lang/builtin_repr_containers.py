# builtins: repr() of containers holding every builtin scalar type, nesting, and quoting rules
items = [0, -1, 1.5, -0.0, float("inf"), True, None, "s", "it's", 'q"q', b"b", b"'", bytearray(b"x"),
         (), (1,), [], {}, set(), frozenset(), range(3), slice(1, 2), ..., [[]], {"k": [1, (2,)]}]
for it in items:
    print(repr(it))
print(repr(items[:8]))
print(repr(tuple(items[7:12])))
print(repr({1: "a", "b": 2.5, (1, 2): None}))
print(repr({frozenset([1]): {2: [3]}}))
print(str(["a", "b"]), str(("a",)), str({"a": "b"}))
print(repr("\x00\t\n\r\\"), repr("\x7f\u0085\u00a0"), repr("\u2028"), repr("\U0001f600"))
