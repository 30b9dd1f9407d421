# read-only methods on bytearray return bytearray
b = bytearray(b"  Hello World  ")
for r in [b.strip(), b.upper(), b.lower(), b.replace(b"l", b"L"), b.split(), b.partition(b"o"),
          b.rpartition(b"x"), b.center(20, b"*"), b.zfill(20), b.title(), b[2:7], b.removeprefix(b"  "),
          bytearray(b",").join([b"a", b"b"]), b.expandtabs(), bytearray(b"a\nb").splitlines(), b.swapcase()]:
    print(r)
print(b.find(b"o"), b.count(b"l"), b.startswith(b"  H"), b.endswith(b" "), b.index(b"W"), b.isalpha(), b.decode())
print(bytearray(b"%s-%d") % (b"x", 5), bytearray(b"abc").hex(":"), b"World" in b, 72 in b)
c = b.strip()
c[0] = ord("J")
print(c, b)
