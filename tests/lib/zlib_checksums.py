# crc32 and adler32, with running values.
import zlib

for data in [b"", b"a", b"hello", b"hello world", bytes(range(256)), b"\xff" * 10000]:
    print(len(data), zlib.crc32(data), zlib.adler32(data))
c = zlib.crc32(b"hello ")
print(zlib.crc32(b"world", c) == zlib.crc32(b"hello world"))
a = zlib.adler32(b"hello ")
print(zlib.adler32(b"world", a) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"x", 0), zlib.crc32(b"x", 12345), zlib.crc32(b"x", -1), zlib.crc32(b"x", 2**40 + 3))
print(zlib.adler32(b"x", 0), zlib.adler32(b"x", 2**32 - 1), zlib.adler32(bytearray(b"abc")),
      zlib.crc32(memoryview(b"abc")))
print(zlib.MAX_WBITS, zlib.DEFLATED)
for bad in [lambda: zlib.crc32("s"), lambda: zlib.adler32(5), lambda: zlib.crc32(b"", "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
