# arrays export their memory: bytes(), memoryview, struct, bytearray
import struct
from array import array as A

a = A("h", [1, -2, 3])
print(bytes(a), bytearray(a), len(memoryview(a)), memoryview(a).tolist(), memoryview(a).nbytes)
m = memoryview(a)
m[0] = 100
print(a, m.readonly, m.itemsize, m.format)
b = A("b", [0] * 8)
struct.pack_into("<i", b, 2, -1)
print(b, struct.unpack_from("<h", A("B", [1, 2, 3]), 1))
print(struct.unpack("<3h", A("h", [1, 2, 3])), bytes(A("d", [1.0])))
c = A("B", b"hello")
print(c.tobytes().decode(), bytes(c).upper(), b"" + bytes(c))
d = A("i", [1, 2])
mv = memoryview(d)
print(mv[1], mv.tolist(), bytes(mv[1:]))
e = A("B", [1, 2, 3])
e.append(4)
mv = memoryview(e)
mv[3] = 9
print(e, mv.tolist())
print(A("B", b"xyz").tobytes() == bytes(memoryview(A("B", b"xyz"))))
