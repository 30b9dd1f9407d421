# pack and unpack round trips in every byte order
import struct

for order in ("", "@", "=", "<", ">", "!"):
    for fmt, vals in [
        ("b", (-5,)), ("B", (200,)), ("h", (-1234,)), ("H", (65000,)), ("i", (-123456789,)),
        ("I", (4000000000,)), ("l", (-7,)), ("L", (7,)), ("q", (-2**62,)), ("Q", (2**63 + 5,)),
        ("?", (True,)), ("c", (b"z",)), ("e", (1.5,)), ("f", (0.25,)), ("d", (-2.5e-300,)),
        ("hhl", (1, 2, 3)), ("bhbi", (1, 2, 3, 4)), ("3h", (7, 8, 9)), ("2s3x?", (b"ab", False)),
    ]:
        data = struct.pack(order + fmt, *vals)
        back = struct.unpack(order + fmt, data)
        print(repr(order + fmt), data, back == vals, len(data) == struct.calcsize(order + fmt))
for order in ("@", "<", ">"):
    for c in "nNP":
        if order != "@":
            continue
        data = struct.pack(order + c, 12345)
        print(c, data, struct.unpack(order + c, data))
print(struct.pack("<hi", 1, 2), struct.pack(">hi", 1, 2), struct.pack("!HI", 0xABCD, 0x12345678))
print(struct.unpack("<I", b"\x01\x02\x03\x04"), struct.unpack(">I", b"\x01\x02\x03\x04"))
print(struct.unpack("<4B", b"\xff\x00\x7f\x80"), struct.unpack("<4b", b"\xff\x00\x7f\x80"))
print(struct.unpack(">q", b"\xff" * 8), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<Q", b"\x00" * 7 + b"\x80"))
print(struct.pack(b"<h", 5), struct.unpack(b">h", b"\x00\x05"), struct.pack("<"), struct.unpack("", b""))
print(struct.pack(" < h  h ", 1, 2), struct.pack("<0h"), struct.unpack("<?", b"\x02"), struct.unpack("?", b"\x00"))
print(struct.pack("<?", []), struct.pack("<?", "x"), struct.pack("?", None), struct.pack("<i", True))

class Idx:
    def __index__(self):
        return 42

print(struct.pack("<i", Idx()), struct.pack("<B", Idx()), struct.pack("<d", Idx()), struct.pack("<f", 3))

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack("<d", Flt()), struct.pack("<e", Flt()))
print(struct.unpack("<hh", bytearray(b"\x01\x00\x02\x00")), struct.unpack("<h", memoryview(b"\x03\x00")))
print(type(struct.pack("i", 1)).__name__, type(struct.unpack("i", b"\0\0\0\0")).__name__)
