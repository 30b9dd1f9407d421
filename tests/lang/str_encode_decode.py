# str/bytes: UTF-8 encode/decode round trips for 1- to 4-byte characters and error handling
samples = ["A", "é", "€", "😀", "aé€😀", "", "\x00", "\u07ff", "\u0800", "\uffff", "\U00010000", "\U0010ffff"]
for s in samples:
    b = s.encode("utf-8")
    print(repr(s), b, len(b), b.decode("utf-8") == s)
bad = [b"\x80", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\xff", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80"]
for b in bad:
    try:
        b.decode("utf-8")
        print(b, "decoded?")
    except UnicodeDecodeError as e:
        print(b, "UnicodeDecodeError", e.start)
print(b"a\x80b".decode("utf-8", "replace"), b"a\x80b".decode("utf-8", "ignore"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end)
print("abc".encode() == b"abc", bytes("é", "utf-8"), bytearray("€", "utf-8"))
print(len("😀".encode()), len("😀"), "😀".encode().hex())
