# slicing returns arrays; slice assignment and deletion
from array import array as A

a = A("i", range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[8:1:-2], type(a[1:2]).__name__)
b = A("i", range(6))
b[1:3] = A("i")
print(b)
b[0:0] = A("i", [7, 7])
print(b)
b[::2] = A("i", [0, 0, 0])
print(b)
b[-2:] = A("i", [9, 9, 9, 9])
print(b)
b[1:4] = b
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[::-2]
print(b)
c = A("d", [1.0, 2.0, 3.0, 4.0])
c[3:1] = A("d", [5.0])
print(c)
c[::-1] = A("d", [1, 2, 3, 4, 5])
print(c)
for value in ([1, 2], A("h", [1]), A("d", [1.0]), A("i", [1])):
    try:
        d = A("i", [1, 2, 3, 4])
        d[::2] = value
        print(d)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for idx in (10, -11, "x", 1.5):
    try:
        print(A("i", range(10))[idx])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    A("i")[::0]
except ValueError as e:
    print("ValueError", e)
try:
    x = A("i", [1])
    del x[3]
except IndexError as e:
    print("IndexError", e)
