# hexlify / unhexlify and their aliases
import binascii

for d in (b"", b"\x00", b"\x01\x02\xff", bytes(range(256))[:40], b"hello world", bytearray(b"\xde\xad\xbe\xef")):
    h = binascii.hexlify(d)
    print(h, binascii.b2a_hex(d) == h, binascii.unhexlify(h) == d, binascii.a2b_hex(h.upper()) == d)
print(binascii.unhexlify("DEADbeef"), binascii.unhexlify(b"00ff10"), binascii.unhexlify(""), binascii.a2b_hex(bytearray(b"41")))
print(type(binascii.hexlify(b"a")).__name__, type(binascii.unhexlify("61")).__name__)
print(binascii.hexlify(memoryview(b"xyz")), binascii.unhexlify(memoryview(b"7a")))
all_bytes = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(all_bytes)) == all_bytes, len(binascii.hexlify(all_bytes)))
for bad in (b"abc", "a", b"zz", b"0g", "1 2", b"\xff\xff", b"-1"):
    try:
        print(binascii.unhexlify(bad))
    except binascii.Error as e:
        print(bad, "binascii.Error:", e)
for bad in ("é1", 5, None, [1]):
    try:
        print(binascii.unhexlify(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ("ab", 5, None):
    try:
        print(binascii.hexlify(bad))
    except TypeError as e:
        print("TypeError", e)
