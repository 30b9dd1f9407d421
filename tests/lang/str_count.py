# str.count
s = "aaaa bbb aa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count("b"), s.count(" "), s.count("z"))
print(s.count(""), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 4), "abc".count("", 3))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2), s.count("a", 5, 2), s.count("", 5, 2))
print("\u00e9\u00e9\u00e9".count("\u00e9"), "\u00e9a\u00e9a".count("a", 2), "\u20ac\u20ac".count("", 1))
try:
    s.count(None)
except TypeError as e:
    print("TypeError", e)
