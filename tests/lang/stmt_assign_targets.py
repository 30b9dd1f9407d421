# statements: attribute, subscript and slice assignment targets
class Box:
    pass
b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y)
b.inner = Box()
b.inner.z = "deep"
print(b.inner.z)
l = [0, 1, 2, 3, 4, 5]
l[0] = "a"
l[-1] = "z"
print(l)
l[1:3] = ["X"]
print(l)
l[1:1] = [7, 8, 9]
print(l)
l[:] = [1, 2, 3, 4, 5, 6]
l[::2] = ["e", "e", "e"]
print(l)
l[::-2] = [0, 0, 0]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
l[2:] = []
print(l)
d = {}
d["a"] = 1
d[(1, 2)] = "tuple key"
d[3] = d
print(len(d), d["a"], d[1, 2])
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EE"
print(ba)
m = [[0] * 2 for _ in range(2)]
m[1][1] = 5
print(m)
b.l = [1, 2, 3]
b.l[1:] = "ab"
print(b.l)
