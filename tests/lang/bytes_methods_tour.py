# bytes: methods find/count/split/join/strip/replace/upper/startswith/decode/etc.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase())
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".rsplit(b",", 1), b"x".split(b"x"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".count(b"a"), b"banana".index(b"n"), b"banana".find(97))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"", 2), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")))
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"line1\nline2\r\n".splitlines())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"hello world".title(), b"hello".capitalize(), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"7".zfill(3))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", isinstance(e, ValueError))
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
try:
    b"abc".join(["x"])
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError")
print(b"a\tb".expandtabs(4), b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
table = bytes.maketrans(b"ab", b"xy")
print(len(table), table[97:100], b"aabbc".translate(table), b"abc".translate(None, b"b"))
print(b"%s-%d-%x" % (b"s", 5, 255), b"%5s|%-3d|" % (b"ab", 7), b"%c" % 65, b"%%" % ())
