# str: strip/lstrip/rstrip with and without chars, removeprefix/removesuffix
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "hello".strip("ol"), "aaa".strip("a") == "")
print("www.example.com".lstrip("w."), "path///".rstrip("/"), "".strip(), "x".strip(""))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "a.txt".removesuffix(".txt"), "a".removesuffix(""))
print(repr("\r\n\x0b\x0cvt\x0b".strip()), "--x--".strip("-"), "xyxzyx".strip("xy"))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError", e)
print("  ".strip() == "", "ab".strip(None), "€x€".strip("€"))
