# bytes.maketrans / translate
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"a"))
print(bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"b")[97], b"abc".translate(None), b"x".translate(t, delete=b"x"))
for bad in [lambda: bytes.maketrans(b"ab", b"a"), lambda: b"a".translate(b"short"), lambda: bytes.maketrans("a", "b"),
            lambda: b"a".translate(None, "a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
