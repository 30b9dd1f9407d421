# bytes: construction, indexing gives ints, slicing, immutability, repr
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes("é€", "utf-8"))
print(bytes((1, 2)), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")))
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::2], len(b), type(b[0]).__name__, type(b[0:1]).__name__)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b[100]
except IndexError as e:
    print("IndexError", e)
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1), lambda: bytes(["a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(b"\x00\x1f\x7f\x80\xff"), repr(b"'\"\\"), repr(b"\t\n\r"), b"plain ascii ~")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"" * 5)
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"abc" == b"abc", b"a" == "a")
print(list(b"AZ"), tuple(b"\x01\x02"), [c for c in b"hi"])
print(b"x" in b"xyz", 120 in b"xyz", b"yz" in b"xyz", b"" in b"a")
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"abc".hex("-"), bytes.fromhex(""))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
