# s, p, c and x
import struct

for n in (0, 1, 2, 3, 5, 8):
    for v in (b"", b"a", b"abc", b"abcdefgh", bytearray(b"xyz")):
        s = struct.pack("%ds" % n, v)
        p = struct.pack("%dp" % n, v)
        print(n, v, s, p, struct.unpack("%ds" % n, s), struct.unpack("%dp" % n, p) if n else "")
print(struct.pack("300p", b"a" * 300)[:3], len(struct.pack("300p", b"a" * 300)))
print(struct.unpack("300p", struct.pack("300p", b"a" * 300))[0] == b"a" * 255)
print(struct.unpack("3p", b"\x09ab"), struct.unpack("5p", b"\x02abcd"), struct.unpack("1p", b"\x05"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"), struct.pack("c", bytearray(b"q") and b"q"))
print(struct.pack("2x"), struct.pack("b2xb", 1, 2), struct.unpack("b2xb", b"\x01\xff\xff\x02"))
print(struct.pack("<2sh3sx", b"ab", -1, b"cd"), struct.unpack("<2sh3sx", b"ab\xff\xffcd\x00\x00"))
print(struct.pack("s", b"long"), struct.pack("0s", b"abc"), struct.unpack("0s", b""), struct.pack("0p", b"abc"))
print(struct.pack("4s", "not bytes".encode()), struct.calcsize("4s0p2x"))
for bad in [("3s", "str"), ("3s", 5), ("3s", memoryview(b"ab")), ("3p", "abc"), ("c", bytearray(b"a")), ("c", b"")]:
    try:
        print(struct.pack(*bad))
    except struct.error as e:
        print(bad[0], "struct.error:", e)
