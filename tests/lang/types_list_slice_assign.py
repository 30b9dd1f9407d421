# list: slice assignment, simple and extended
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[1:3] = []
print(l)
l[5:2] = ["ins"]
print(l)
l[-2:] = "xy"
print(l)
l[:] = range(5)
print(l)
l[1:4] = (9 for _ in range(3))
print(l)
l[::2] = ["e0", "e1", "e2"]
print(l)
l[::-2] = [1, 2, 3]
print(l)
l[1::2] = l[:2]
print(l)
a = [1, 2, 3]
a[:] = a
print(a)
a[1:] = a
print(a)
a[::-1] = a
print(a)
b = [0] * 6
b[1:5:3] = {7: 0, 8: 0}
print(b)
b[10:20] = [5]
print(b)
b[-100:-99] = ["start"]
print(b)
c = [1, 2, 3, 4, 5]
c[3:1:-1] = ["p", "q"]
print(c)
c[0:5:1] = []
print(c)
d = list(range(6))
d[4:1] = "ab"
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    d[1:2] = 3
except TypeError as e:
    print("TypeError", e)
try:
    d[::3] = None
except TypeError as e:
    print("TypeError", e)
print(d)
