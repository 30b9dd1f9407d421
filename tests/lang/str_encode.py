# str.encode: utf-8, ascii, latin-1, error handlers and messages
s = "h\u00e9llo \u20ac \U0001f600"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"), s.encode(encoding="u8"))
print("abc".encode("ascii"), "abc".encode("latin-1"), "\u00e9\u00ff".encode("latin1"), "\u00e9".encode("iso-8859-1"))
for enc in ["ascii", "latin-1"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, err, s.encode(enc, err), s.encode(encoding=enc, errors=err))
print("abc".encode("ascii", "bogus"))
tests = [lambda: "\u00e9".encode("ascii"), lambda: "a\u00e9\u00e8b".encode("ascii"),
         lambda: "ab\u20ac".encode("latin-1"), lambda: "\U0001f600x".encode("latin-1"),
         lambda: "\u00e9".encode("ascii", "bogus"), lambda: "a".encode("klingon"),
         lambda: "a".encode(1), lambda: "a".encode("ascii", 1), lambda: "x\u0100\u0101y\u0102".encode("latin1")]
for t in tests:
    try:
        print(t())
    except (UnicodeEncodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(len("\U0001f600".encode()), list("\u00e9".encode()), "".encode(), "US-ASCII test".encode("us-ascii"))
