# str.replace with counts, empty patterns
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace(" ", ""), s.replace("o", "oo"), "aaa".replace("a", ""))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("\u00e9t\u00e9".replace("\u00e9", "e"), "\u00e9t\u00e9".replace("", "|"), "aaaa".replace("aa", "b"))
print("a.b.c".replace(".", "\u20ac", 1), "abc".replace("abc", ""), "abab".replace("ab", "ba"))
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a", "b", "c"),
            lambda: "a".replace("a", "b", 1.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
