# crc32 and crc_hqx
import binascii

for d in (b"", b"a", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256)), bytearray(b"xyz")):
    print(binascii.crc32(d), binascii.crc32(d, 1), binascii.crc32(d, 0xFFFFFFFF), binascii.crc_hqx(d, 0),
          binascii.crc_hqx(d, 0xFFFF))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2**40), binascii.crc32(b"hello", 2**32 + 5))
print(binascii.crc_hqx(b"hello", -1), binascii.crc_hqx(b"hello", 0x12345), binascii.crc32(memoryview(b"abc")))
c = 0
for i in range(100):
    c = binascii.crc32(bytes([i]), c)
print(c == binascii.crc32(bytes(range(100))), type(c).__name__)
for args in [("abc",), (b"a", "x"), (b"a", 1.5)]:
    try:
        print(binascii.crc32(*args))
    except TypeError as e:
        print("TypeError", e)
