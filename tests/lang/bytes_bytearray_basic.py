# bytearray construction, repr and item access
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2]), bytearray("h\u00e9", "utf-8"), bytearray(range(3)))
print(repr(bytearray(b"it's")), str(bytearray(b"\x00\xff")), bytearray(bytearray(b"copy")), bytearray(memoryview(b"m")))
b = bytearray(b"hello")
print(b[0], b[-1], b[1:3], b[::-1], len(b), bool(b), bool(bytearray()), list(b))
b[0] = 72
b[-1] = ord("O")
print(b, b == b"HellO", b == bytearray(b"HellO"), b != b"x", b < b"z", b"HellO" == b)
del b[1]
print(b)
for t in [lambda: bytearray(-1), lambda: bytearray([256]), lambda: bytearray("abc"), lambda: bytearray(1.5),
          lambda: bytearray(b"a")[5], lambda: hash(bytearray()), lambda: bytearray(b"a") + "a",
          lambda: bytearray(b"a")["x"]]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
def setitem(i, v):
    x = bytearray(b"abc")
    x[i] = v
    return x
for i, v in [(0, 256), (0, "a"), (5, 1), (-4, 1), (1, -1), (2, True)]:
    try:
        print(setitem(i, v))
    except Exception as e:
        print(type(e).__name__, e)
