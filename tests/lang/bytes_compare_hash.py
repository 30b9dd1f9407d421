# bytes: ordering, equality with bytearray/memoryview/str, hashing and use as dict keys
print(b"a" < b"b", b"a" < b"aa", b"\xff" > b"\x00\x00", b"" < b"\x00", b"abc" == b"abc")
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" == memoryview(b"abc"))
print(b"abc" == "abc", b"abc" != "abc", b"1" == 1)
print(sorted([b"b", b"a", b"ab", b"", b"B"]), max(b"x", b"xy"), min([b"\x80", b"\x7f"]))
d = {b"key": 1, b"k2": 2}
print(d[b"key"], b"k2" in d, bytes(bytearray(b"key")) in d)
print(hash(b"abc") == hash(bytes([97, 98, 99])), len({b"a", b"a", bytes(b"a")}))
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < 1
except TypeError as e:
    print("TypeError", e)
print(b"abc".startswith(b"a") and b"abc" > b"ab")
print((b"x", 1) < (b"y", 0), [b"a", b"b"] == [b"a", bytearray(b"b")])
print(bytearray(b"a") < b"b", bytearray(b"b") > bytearray(b"a"))
