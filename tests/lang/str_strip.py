# strip / lstrip / rstrip
for s in ["  hi  ", "\t\n hi \r\n", "hi", "", "   ", "\u00a0\u2003hi\u3000", "\x1chi\x1f"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("aaa".strip("a")), "hi".strip(""), "www.example.com".strip("cmowz."))
print("\u00e9\u00e9h\u00e9".strip("\u00e9"), "\u20acx\u20ac".lstrip("\u20ac"), " x ".strip(None))
print("<<a>>".strip("<>"), "0012300".strip("0"), "0012300".rstrip("0"), "0012300".lstrip("0"))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".rstrip(b"a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
