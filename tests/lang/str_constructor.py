# str() constructor
print(repr(str()), str(123), str(-4.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str("abc"), str(b"abc"), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", "ascii"), str(b"\xe9", "latin-1"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"), str(b"a\xffb", errors="ignore"))
print(str(object=42), str(b"xyz", encoding="ascii"), str(bytearray(b"ba"), "utf-8"), str(memoryview(b"mv"), "utf-8"))
class P:
    def __str__(self):
        return "P!"
    def __repr__(self):
        return "P?"
print(str(P()), repr(P()), str([P()]))
for bad in [lambda: str(b"\xff", "utf-8"), lambda: str(b"\xff", "ascii"), lambda: str("a", "utf-8"),
            lambda: str(1, "utf-8"), lambda: str(b"a", "nope"), lambda: str(b"a\xe2\x82", "utf-8"),
            lambda: str(b"a", encoding=1)]:
    try:
        print(bad())
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(type(str(5)).__name__, str(str("x")), str(1e100), str(10**30))
