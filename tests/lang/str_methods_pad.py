# str: center/ljust/rjust/zfill/expandtabs
print(repr("ab".center(7)), repr("ab".center(6, "*")), repr("abc".center(6, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), repr("abcdef".ljust(3)), repr("é".rjust(3, "→")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nabc\td".expandtabs(3)), repr("\t".expandtabs(0)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "a".ljust("5")
except TypeError as e:
    print("TypeError", e)
for w in range(0, 8, 2):
    print("[" + "mid".center(w, "-") + "]", "[" + "x".center(w) + "]")
