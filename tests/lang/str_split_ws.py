# str.split() / rsplit() on whitespace
for s in ["  a b  c  ", "a\tb\nc\r\nd\x0be\x0cf", "", "   ", "one", "\u00a0x\u2003y\u3000",
          "a\x1cb\x1dc\x1ed\x1fe", "a\x85b", "a\u200bb"]:
    print(repr(s), s.split(), s.rsplit())
s = "  a b c  "
for n in [-1, 0, 1, 2, 5]:
    print(n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(maxsplit=n))
print("a b".split(None), " x ".split(sep=None))
