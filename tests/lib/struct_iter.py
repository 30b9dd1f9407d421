# iter_unpack and the Struct class
import struct

it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack("<2B", bytearray(b"abcdef"))), list(struct.iter_unpack("i", b"")))
print([x for (x,) in struct.iter_unpack(">H", bytes(range(10)))])
s = struct.Struct("<ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(s.unpack_from(b"xx\x05\x00\x00\x00\x06\x00", 2), list(s.iter_unpack(bytes(12))))
buf = bytearray(8)
s.pack_into(buf, 1, -1, -1)
print(buf)
s2 = struct.Struct(b">Q")
print(s2.format, type(s2.format).__name__, s2.size, s2.pack(2**64 - 1))
s3 = struct.Struct(format="3s")
print(s3.pack(b"abcdef"), s3.size, struct.Struct("").size, struct.Struct("@bq").size)
for bad in [lambda: s.pack(1), lambda: s.unpack(b"abc"), lambda: struct.Struct("z"), lambda: struct.Struct(5),
            lambda: s.unpack_from(b"abc"), lambda: s.pack_into(bytearray(2), 0, 1, 2), lambda: s.pack(1, 99999)]:
    try:
        print(bad())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(s, struct.Struct), type(s).__name__)
