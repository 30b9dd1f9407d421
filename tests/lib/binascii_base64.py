# b2a_base64 / a2b_base64 round trips
import binascii

for d in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\x00\x00\x00", b"\xff" * 7):
    e = binascii.b2a_base64(d)
    n = binascii.b2a_base64(d, newline=False)
    print(e[:40], n == e[:-1], binascii.a2b_base64(e) == d, binascii.a2b_base64(n) == d,
          binascii.a2b_base64(e.decode()) == d, binascii.a2b_base64(n, strict_mode=True) == d)
print(binascii.b2a_base64(bytearray(b"abc")), binascii.b2a_base64(memoryview(b"abcd"), newline=0))
print(binascii.a2b_base64(b"Zm9v\nYmFy\n"), binascii.a2b_base64("  Zm9v  YmFy  "), binascii.a2b_base64(b"Zm9v!@#YmFy"))
print(binascii.a2b_base64(b"Zg==Zm9v"), binascii.a2b_base64(b"Zm8=trailing"), binascii.a2b_base64(b"Zm9vYg==="))
print(binascii.a2b_base64(b"Z=g=="), binascii.a2b_base64(b"=Zg=="), binascii.a2b_base64(b"Zg=\n="), binascii.a2b_base64(b"YW=Jj"))
print(binascii.a2b_base64(b"////"), binascii.a2b_base64(b"++++"), binascii.a2b_base64(b"Zm9vYmFy===="), binascii.a2b_base64(b""))
print(binascii.a2b_base64(b"\xffZm9v"), binascii.a2b_base64(bytearray(b"YQ==")))
big = bytes((i * 37) % 256 for i in range(1000))
print(binascii.a2b_base64(binascii.b2a_base64(big)) == big, len(binascii.b2a_base64(big)))
