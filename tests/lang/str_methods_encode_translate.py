# str: encode, maketrans/translate, ops (+ * in), comparison, repr/ascii of special characters
print("héllo".encode(), "abc".encode("ascii"), "€".encode("utf-8"), "x".encode("utf8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", isinstance(e, UnicodeError), isinstance(e, ValueError))
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}), str.maketrans("ab", "cd", "e"))
print("abc" + "def", "ab" * 0, "ab" * -1, 3 * "ab")
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc", "a" != "A")
print(max("hello"), min("hello"), sorted("banana"), "banana".count("an"))
print(hash("x") == hash("x"), len({"a", "a", "b"}))
print(str(123), str(1.5), str([1, "a"]), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\path"), repr("é€😀"), repr("\x1b\u200b"))
print(ascii("é€😀\n"), ascii("plain"))
print(str(), str(object=5), "abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    "é".encode("nope")
except LookupError as e:
    print("LookupError", e)
