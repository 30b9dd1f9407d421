# str comparisons: code point order
pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("Z", "a"),
         ("\u00e9", "z"), ("\u00e9", "\u20ac"), ("\u20ac", "\U0001f600"), ("abc", "abc"),
         ("a\u00e9", "a\u00e8"), ("\uffff", "\U00010000")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted(["pear", "Apple", "apple", "\u00e9clair", "zebra", "", "Zoo"]))
print(max("hello"), min("hello"), max(["b", "ab", "abc"]))
print("a" == 1, "a" != 1, "1" == 1, "a" == b"a", "" == None)
for f in [lambda: "a" < 1, lambda: "a" > 1, lambda: "a" <= 1, lambda: 1 >= "a", lambda: "a" < None]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
built = "".join(["ab", "c"])
print(built == "abc", built is not None, {"abc": 1}[built], "abc" in {built})
