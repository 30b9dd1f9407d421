# statements: tuple/list unpacking, nested targets, swapping, unpack from iterables
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [7]
print(h)
(i) = 8
print(i)
j, (k, [l, m]) = 1, (2, [3, 4])
print(j, k, l, m)
x, y, z = range(3)
print(x, y, z)
p, q = {"one": 1, "two": 2}
print(p, q)
u, v = (n * n for n in (3, 4))
print(u, v)
for (aa, bb), cc in [((1, 2), 3), ((4, 5), 6)]:
    print(aa, bb, cc)
for bad in ([1, 2, 3], [1], 5):
    try:
        r, s = bad
    except ValueError as ex:
        print("ValueError", ex)
    except TypeError as ex:
        print("TypeError", ex)
lst = [0, 0]
lst[0], lst[1] = "ab"
print(lst)
i = 0
i, lst[i] = 1, 9
print(i, lst)
