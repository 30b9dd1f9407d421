# bytes operators: + * == < in hash len bool
a, b = b"abc", b"def"
print(a + b, a * 2, 2 * a, a * 0, a * -1, a + bytearray(b"!"), a + memoryview(b"?"), len(a), bool(b""), bool(a))
x = b"x"
x += b"y"
x *= 2
print(x)
print(a == b"abc", a != b"abc", a < b, a <= a, b > a, a >= b, b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"a")
print(a == bytearray(b"abc"), a == "abc", a == 97, a != "abc", a < bytearray(b"abd"))
print(b"b" in a, b"bc" in a, 98 in a, 120 in a, b"" in a, bytearray(b"c") in a, memoryview(b"ab") in a)
print(hash(b"abc") == hash(bytes([97, 98, 99])), {b"k": 1}[b"".join([b"k"])], hash(b"") == hash(bytes()))
tests = [lambda: a + "x", lambda: a + 1, lambda: a * "x", lambda: a * 1.5, lambda: "x" in a, lambda: 256 in a,
         lambda: -1 in a, lambda: a < "abc", lambda: a < 1, lambda: 1 + a, lambda: None in a]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"))
