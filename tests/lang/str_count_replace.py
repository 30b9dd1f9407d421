# str: count/replace edge cases: empty patterns, overlapping, count limits, non-ASCII
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "abab".count("ab"), "".count("a"))
print("abc".count(""), "".count(""), "é€é".count(""), "é€é".count("é"))
print("hello".replace("l", ""), "hello".replace("", "-"), "hello".replace("", "-", 2))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "aaa".replace("a", "b", 2))
print("x".replace("x", "xx").replace("xx", "y"), "abc".replace("abc", ""))
print("ünïcödé".replace("ö", "o").replace("ü", "u"), "€€€".replace("€", "EUR", 2))
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at"), text.count("the", 10), text.count("at", 0, 10))
print(text.replace("the", "a"), text.replace(" ", ""))
print("a.b.c".replace(".", "::"), "1,000,000".replace(",", "_"))
s = "mississippi"
print(s.count("ss"), s.count("i"), s.count("issi"), s.replace("issi", "X"))
try:
    "a".replace(1, "b")
except TypeError as e:
    print("TypeError", e)
try:
    "a".count(None)
except TypeError as e:
    print("TypeError")
