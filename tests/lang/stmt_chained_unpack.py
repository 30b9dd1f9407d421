# statements: chained assignment combined with unpacking targets; evaluation and binding order
a = b, c = 1, 2
print(a, b, c)
x, y = z = [3, 4]
print(x, y, z)
(p, q), r = s = ((5, 6), 7)
print(p, q, r, s)
first, *rest = tail = "abc"
print(first, rest, tail)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
lst2 = [0, 0, 0]
j = lst2[j] = 1
print(j, lst2)
m = n = []
m.append(1)
print(m is n, n)
u, v = v, u = 1, 2
print(u, v)
