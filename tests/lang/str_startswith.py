# startswith / endswith with tuples and ranges
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.endswith("world"), s.endswith("o"))
print(s.startswith(("x", "he")), s.startswith(()), s.endswith(("ld", "zz")), s.endswith(("a", "b")))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.endswith("hello", 0, 5))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 11), s.endswith("", 12), s.startswith("", 5, 2))
print(s.startswith("h", -11), s.endswith("d", -1), s.endswith("l", None, -1), s.startswith("o", -7, None))
print("\u00e9t\u00e9".startswith("\u00e9"), "\u00e9t\u00e9".endswith("t\u00e9"), "\u00e9t\u00e9".startswith("t", 1))
for bad in [lambda: s.startswith(1), lambda: s.endswith(None), lambda: s.startswith(("a", 1)),
            lambda: s.endswith(["a"]), lambda: s.startswith("a", "b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
