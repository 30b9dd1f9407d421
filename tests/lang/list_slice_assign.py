# list: slice assignment, deletion, extended slices, and aliasing during assignment
a = list(range(10))
a[2:5] = []
print(a)
a[0:0] = ["x", "y"]
print(a)
a[-1:] = ["end", "more"]
print(a)
a[::2] = "ABCDE"
print(a)
del a[::3]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
c = [1, 2, 3]
c[:] = c[::-1]
print(c)
d = [0] * 5
d[1:4] = iter([7, 8, 9, 10])
print(d)
e = [1, 2, 3, 4, 5]
e[3:1] = ["ins"]
print(e)
e[10:20] = [99]
print(e)
try:
    e[::2] = [1]
except ValueError as err:
    print("ValueError", err)
try:
    e[0:2] = 5
except TypeError as err:
    print("TypeError", err)
f = list(range(6))
f[::-2] = ["a", "b", "c"]
print(f)
del f[:]
print(f)
g = [1, 2, 3]
g[len(g):] = [4]
print(g)
