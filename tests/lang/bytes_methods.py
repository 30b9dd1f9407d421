# str-like methods on bytes
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"), b"xxaxx".strip(b"x"), b"\t\n x \x0b\x0c".strip())
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a b  c ".split(), b" a b c ".rsplit(None, 1),
      b"a,b,c".rsplit(b",", 1), b"a\x1cb".split(), b"".split(), b"abc".split(bytearray(b"b")))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".find(98), b"abcabc".find(b"c", 3),
      b"abcabc".index(b"ca"), b"abcabc".rindex(97), b"abcabc".count(b"bc"), b"abcabc".count(99), b"aaa".count(b""))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1), b"ab".replace(b"", b"-"),
      b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2, 3))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join((b"x",)))
print(b"ab".center(6), b"ab".center(7, b"*"), b"ab".ljust(5, b"."), b"ab".rjust(5, bytearray(b"_")),
      b"42".zfill(5), b"-42".zfill(5), b"ab".center(1))
print(b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(3), b"x\ny\r\nz".splitlines(), b"x\ny\r\nz\x0bw".splitlines(True))
print(b"prefix.body".removeprefix(b"prefix."), b"body.suffix".removesuffix(b".suffix"), b"ab".removeprefix(b"x"))
print(b"a\xe9b".find(b"\xe9"), b"\xff\xfe".split(b"\xfe"), b"\x00a\x00".strip(b"\x00"))
