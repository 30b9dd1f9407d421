# statements: assignment to extended slices with positive and negative steps on lists and bytearrays
l = list(range(10))
l[::3] = ["a", "b", "c", "d"]
print(l)
l[1::3] = [None] * 3
print(l)
l[::-3] = [0, 0, 0, 0]
print(l)
l[8:2:-2] = "xyz"
print(l)
l[::1] = [1, 2]
print(l)
l[5:] = range(3)
print(l)
b = bytearray(b"0123456789")
b[::2] = b"ABCDE"
print(b)
b[::-5] = b"!?"
print(b)
for bad in [lambda: l.__setitem__(slice(None, None, 2), [1]), lambda: b.__setitem__(slice(None, None, 3), b"x")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
m = list(range(6))
m[::2], m[1::2] = m[1::2], m[::2]
print(m)
m[:] = m[::-1]
print(m)
