# memoryview: slicing without copying, writing through to bytearray, tobytes/tolist, release
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv.tobytes(), mv.tolist()[:3], mv.readonly)
sub = mv[2:5]
print(bytes(sub), len(sub), sub[0])
sub[0] = ord("X")
print(ba)
mv[5:8] = b"123"
print(ba)
mv[::2] = b"...."
print(ba, bytes(mv[::2]))
ba2 = bytearray(4)
view = memoryview(ba2)
for i in range(4):
    view[i] = i * 10
print(ba2, list(view))
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], bytes(ro[4:]))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
print(mv == ba, mv[:3] == b"a.c", bytes(mv[1:3]) + b"!")
print(memoryview(b"xyz").hex(), bytes(memoryview(b"12")[::-1]))
m2 = memoryview(bytearray(b"release"))
m2.release()
try:
    m2[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(bytearray(b"ctx")) as m3:
    print(bytes(m3))
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
print(mv.nbytes, mv.itemsize, mv.format, mv.ndim)
