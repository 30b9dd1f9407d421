# str.rsplit with separators
s = "a,b,,c,"
print(s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 0), s.rsplit(",", 2), s.rsplit(",", -1))
print("a--b--c".rsplit("--", 1), "aaa".rsplit("aa"), "aaaa".rsplit("aa", 1))
print("www.example.com".rsplit(".", 1), "noseps".rsplit("."), "".rsplit("x"))
print("\u00e9a\u00e9b\u00e9".rsplit("\u00e9", 2), "k=v=w".rsplit(sep="=", maxsplit=1))
print("aaa".split("aa"), "aaaa".split("aa", 1))
