# pack_into and unpack_from with offsets
import struct

buf = bytearray(16)
struct.pack_into("<hh", buf, 0, 1, 2)
struct.pack_into("<i", buf, 4, -1)
struct.pack_into(">I", buf, -4, 0xDEADBEEF)
print(buf)
print(struct.unpack_from("<hh", buf), struct.unpack_from("<i", buf, 4), struct.unpack_from(">I", buf, -4))
print(struct.unpack_from("<h", buf, offset=2), struct.unpack_from("<h", buffer=buf), struct.unpack_from("B", b"abc", 2))
print(struct.unpack_from("<i", b"\x01\x00\x00\x00\x02\x00\x00\x00", -4), struct.unpack_from("<i", memoryview(buf), 12))
mv = memoryview(buf)
struct.pack_into("<q", mv, 8, -2)
print(buf[8:])
arr = bytearray(b"\xff" * 6)
try:
    struct.pack_into("<hhh", arr, 0, 1, 99999, 3)
except struct.error as e:
    print("struct.error:", e)
print(arr)
for args in [("i", bytearray(4), 2, 1), ("i", bytearray(4), -5, 1), ("i", bytearray(6), -2, 1), ("i", bytearray(4), 7, 1),
             ("i", b"abcd", 0, 1), ("i", bytearray(4)), ("i", bytearray(4), 0), ("i", bytearray(4), 0, 1, 2), ("i",),
             ("i", bytearray(4), 1.0, 1), ("i", 5, 0, 1)]:
    try:
        print(args, struct.pack_into(*args))
    except (struct.error, TypeError) as e:
        print(args, type(e).__name__, e)
for args in [("i", b"abcd", 1), ("i", b"abcd", -5), ("i", b"abcdef", -4), ("i", b"abcdef", -2), ("i", b"abcd", 5),
             ("i", b"abcd", 1.0), ("i", "abcd")]:
    try:
        print(args, struct.unpack_from(*args))
    except (struct.error, TypeError) as e:
        print(args, type(e).__name__, e)
