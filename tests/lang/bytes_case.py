# case and classification of bytes: ASCII only
for b in [b"Hello World", b"ABC", b"abc", b"", b"123", b"a1", b" \t\n", b"\xe9\xc9", b"Title Case", b"they're",
          b"x\x80", b"\x7f", b"_"]:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b.isdigit(), b.isalnum(),
          b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
print(b"\x1c\x1d".isspace(), b"\x0b\x0c".isspace(), b"MiXeD 1 mIxEd".swapcase())
print(bytearray(b"abc").upper(), bytearray(b"Ab").isalpha(), type(bytearray(b"x").title()).__name__)
