# tobytes, frombytes, byteswap, tolist, fromlist
from array import array as A

a = A("H", [1, 256, 0xABCD])
b = a.tobytes()
print(b, type(b).__name__, A("H", b) == a)
a.byteswap()
print(a, a.tobytes())
a.byteswap()
c = A("i")
c.frombytes(b"\x01\x00\x00\x00\xff\xff\xff\xff")
c.frombytes(bytearray(4))
c.frombytes(memoryview(b"\x02\x00\x00\x00"))
print(c, c.tolist(), type(c.tolist()).__name__)
d = A("d", [0.5])
d.fromlist([1, 2.5])
print(d, d.tobytes()[:8])
e = A("b", [1, 2])
try:
    e.fromlist([3, 4, 500])
except OverflowError as ex:
    print("OverflowError", ex, e)
for bad in [lambda: A("i").frombytes(b"abc"), lambda: A("i").frombytes("abcd"), lambda: A("i").fromlist((1, 2)),
            lambda: A("i").fromlist("ab")]:
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
f = A("q", [1, -2])
f.byteswap()
print(f.tobytes().hex())
g = A("f", [1.5])
g.byteswap()
print(g.tobytes().hex(), A("B", [1, 2]).byteswap())
print(len(A("d", [1, 2, 3]).tobytes()), A("l", [1]).tobytes() == (1).to_bytes(A("l").itemsize, "little"))
