# str.maketrans / str.translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "cab".translate(t))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "abxyzba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "33", "\u00e9": "e"})
print(sorted(t3.items()), "abc\u00e9d".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}), "abc".translate({}), "abc".translate({97: None}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
print("abc".translate(["x"] * 98), "\u00e9\u00e9".translate({0xe9: "\u20ac"}))
for bad in [lambda: str.maketrans("ab", "a"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans("a", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
