# list: += with any iterable, *=, aliasing of in-place operations
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a += (4, 5)
a += range(6, 8)
a += "xy"
a += {9: 1}
a += (i for i in [10])
print(a)
a *= 2
print(a, a is b)
c = [1, 2]
c *= 0
print(c)
c = [1, 2]
c *= -3
print(c)
d = [0]
d *= 5
print(d)
e = [[]] * 3
e[0].append(1)
print(e)
f = [1, 2]
f += f
print(f)
g = [1]
g = g + [2]
print(g)
try:
    g + (3,)
except TypeError as ex:
    print("TypeError", ex)
try:
    g += 5
except TypeError as ex:
    print("TypeError", ex)
print(g)
try:
    g *= 1.5
except TypeError as ex:
    print("TypeError", ex)
class N:
    def __index__(self):
        return 3
h = [7]
h *= N()
print(h, [1] * N(), N() * [2])
t = (1,)
t2 = t
t += (2,)
print(t, t2)
x = [1, 2, 3]
y = x
x = x * 1
print(x == y, x is y)
