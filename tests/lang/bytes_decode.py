# bytes.decode with codecs and error handlers
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"\xe2\x82\xac\xf0\x9f\x98\x80".decode(), bytearray(b"\xc3\xa9").decode(), b"".decode())
bad = [b"\xff", b"a\xffb", b"\xc3", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xe2\x82\xff", b"\xed\xa0\x80", b"\xf0\x90\x80",
       b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\x80", b"\x80\x80", b"ok\xf0"]
for b in bad:
    for err in ["replace", "ignore", "backslashreplace"]:
        print(b, err, ascii(b.decode("utf-8", err)))
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for b in [b"\x80", b"ab\xff\xfecd"]:
    print(ascii(b.decode("ascii", "replace")), b.decode("ascii", "ignore"), b.decode("ascii", "backslashreplace"))
    try:
        b.decode("ascii")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for t in [lambda: b"a".decode("nope"), lambda: b"\xff".decode("utf-8", "nope"), lambda: b"a".decode(1),
          lambda: b"a".decode("utf-8", "nope")]:
    try:
        print(t())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(b"x".decode(encoding="ascii"), b"x".decode(errors="strict"), b"\xe9".decode("ISO-8859-1"), b"\xe9".decode("l1"))
