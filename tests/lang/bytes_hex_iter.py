# bytes: hex()/fromhex with separators, iteration yields ints, bytes from iterables and ints
b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -4), len(b))
print(bytes.fromhex("00 ff 10"), bytes.fromhex("ABCDEF"), bytes.fromhex("  0a0b  "))
for bad in ["0", "zz", "0g", "0 0"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError")
print([x for x in b"\x00\x7f\x80\xff"], sum(b"\x01\x02\x03"), max(b"az"), min(b"az"))
print(bytes(x ^ 0xff for x in b"\x00\x0f"), bytes(map(lambda x: x + 1, b"abc")))
it = iter(b"hi")
print(next(it), next(it), next(it, None))
print(list(reversed(b"abc")), b"abc"[::-1], list(enumerate(b"ab")))
print(bytes([65]) * 3, bytes(2) + b"x", b"%02x" % 5)
print(b"a" in b"abc", 97 in b"abc", 0 in b"abc", b"" in b"")
try:
    256 in b"abc"
except ValueError as e:
    print("ValueError", e)
print(bytes.fromhex(b"\x01\xfe".hex()) == b"\x01\xfe")
