# find / rfind with start and end
s = "abcabcabc"
for sub in ["a", "bc", "abc", "x", "", "cab", "abcabcabcd"]:
    print(repr(sub), s.find(sub), s.rfind(sub))
for args in [(1,), (3,), (-3,), (100,), (-100,), (1, 5), (1, 4), (2, -2), (5, 2), (0, 0), (9,), (10,)]:
    print(args, s.find("a", *args), s.rfind("a", *args), s.find("", *args), s.rfind("", *args))
print(s.find("b", None, None), s.find("b", None, 4), s.rfind("c", None, -1))
u = "\u00e9a\u20acb\u00e9a"
print(u.find("a"), u.rfind("a"), u.find("\u00e9", 1), u.rfind("\u00e9", 0, 4), u.find("b", -3))
print(u.find("\u20acb"), u.find(""), u.rfind(""), u.find("", 6), u.find("", 7))
print(s.find("a", True), s.find("c", 10**20), s.rfind("a", -10**20))
for bad in [lambda: s.find(1), lambda: s.find("a", "x"), lambda: s.find("a", 1.5),
            lambda: s.rfind(None), lambda: s.find("a", 0, [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
