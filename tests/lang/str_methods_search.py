# str: find/rfind/index/rindex/count/startswith/endswith with start/end arguments
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind("x"), s.rfind(""))
print(s.index("c"), s.rindex("b"), s.index("bra", 2), s.index("a", -3))
print(s.count("a"), s.count("abra"), s.count("a", 5), s.count(""), s.count("aa"), "aaaa".count("aa"))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith(""))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("ra", "zz")), s.endswith("a", 0, 0))
for call in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 11)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError", e)
print("".find(""), "".count(""), "abc".find("c", -1), "abc".find("a", -100, 100))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "abc".replace("", "-"))
print("aaa".replace("a", "aa"), "abc".replace("x", "y"), "".replace("", "x"))
