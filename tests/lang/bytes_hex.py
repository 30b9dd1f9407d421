# bytes.hex and bytes.fromhex
b = bytes(range(0, 256, 37))
print(b.hex(), b"".hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b" ", 3), b.hex(sep="_", bytes_per_sep=1))
print(b"\x01\x02\x03".hex(":", 2), b"\x01\x02\x03".hex(":", -2), b"\x01\x02\x03".hex(":", 0), b"".hex(":"))
print(bytes.fromhex("00ff10"), bytes.fromhex(" 01 02 "), bytes.fromhex("ABcd"), bytes.fromhex(""), bytes.fromhex("01\n02\t03"))
print(bytearray.fromhex("de ad be ef"), bytearray(b"\xca\xfe").hex(), type(bytearray.fromhex("00")).__name__)
for bad in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("0 1"),
            lambda: bytes.fromhex("01 0"), lambda: bytes.fromhex(1), lambda: b"ab".hex("::"),
            lambda: b"ab".hex(""), lambda: b"ab".hex("\u00e9"), lambda: bytes.fromhex("0x10")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
