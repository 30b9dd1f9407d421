# builtins: chr/ord, bin/oct/hex, int/float/str/bool/bytes constructors, repr/ascii
print([ord(c) for c in "Az09 ~"], "".join(chr(c) for c in [72, 101, 121]))
print(ord("é"), ord("€"), ord("\U0001F600"), chr(233), chr(8364), chr(128512) == "\U0001F600")
print(chr(0x10FFFF) == "\U0010ffff", ord(b"a"), ord(bytearray(b"z")))
print(bin(10), oct(10), hex(10), bin(-10), hex(0), oct(0o777))
print(int("10"), int("10", 2), int(10.9), int(-10.9), int(True), int("  -5 "))
print(float("2.5"), float(2), float("-inf"), float(" 1e3 "), float(False))
print(str(1), str(1.0), str(None), str([1, "a"]), str(b"x"), str("s"))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bytes(3), bytes([1, 2]), bytes("hi", "utf-8"), bytearray(2), list(bytes(b"ab")))
print(repr("a'b"), repr(b"\x00"), repr(1.0), repr([None]), ascii("naïve"), ascii([b"x", "ü"]))
print(list("abc"), tuple([1, 2]), set([1, 1]), dict([(1, 2)]), frozenset([3]) == {3})
for bad, arg in [(chr, 1114112), (ord, "ab"), (int, "1.0"), (float, "abc"), (bytes, "s")]:
    try:
        bad(arg)
    except (TypeError, ValueError) as e:
        print(bad.__name__, type(e).__name__)
