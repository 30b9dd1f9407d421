# bytearray: mutation by index/slice, append/extend/insert/pop/remove, in-place ops
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, ba[0], ba[1:3], len(ba))
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba += b"+"
ba *= 2
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)))
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.append(-1), lambda: bytearray().pop(), lambda: ba.remove(250)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
c = bytearray(b"abc")
d = c
c += b"d"
print(d, c is d)
c.reverse()
print(c, c.copy(), c == b"dcba", bytes(c), c.decode())
c.clear()
print(c, len(c))
e = bytearray(b"x") + b"y"
print(type(e).__name__, e, b"y" + bytearray(b"z"), type(b"y" + bytearray(b"z")).__name__)
