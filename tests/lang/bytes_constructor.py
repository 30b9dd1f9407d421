# bytes() construction
print(bytes(), bytes(0), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(5)))
print(bytes(b"abc"), bytes(bytearray(b"xy")), bytes(memoryview(b"mv")), bytes("caf\u00e9", "utf-8"))
print(bytes("abc", "ascii"), bytes("\u00e9", "latin-1"), bytes("\u00e9", encoding="utf-8"),
      bytes("a\u00e9", "ascii", "replace"), bytes("a\u00e9", "ascii", errors="ignore"))
print(bytes(x * 2 for x in range(4)), bytes([True, False]), bytes(source=b"kw"), bytes(iter([7])))
print(bytes({1: "a", 2: "b"}), bytes(x for x in []), bytes(2) == b"\x00\x00")
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes([I(), I()]), bytes(I()))
tests = [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
         lambda: bytes("abc"), lambda: bytes(1.5), lambda: bytes("a", "foo"), lambda: bytes(b"a", "utf-8"),
         lambda: bytes(errors="strict"), lambda: bytes(encoding="utf-8"), lambda: bytes("\u00e9", "ascii"),
         lambda: bytes([1.0]), lambda: bytes(None), lambda: bytes("a", encoding=1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
