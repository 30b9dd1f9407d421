# list: insert, pop, remove, index, count, clear, copy, reverse
l = [1, 2, 3]
l.insert(0, 0)
l.insert(2, 1.5)
l.insert(100, 99)
l.insert(-1, 98)
l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(1), l)
l = list("abcde")
l.remove("c")
print(l)
l.remove("a")
print(l)
l = [5, 6, 5, 6, 5]
print(l.index(5), l.index(6), l.index(5, 1), l.index(5, 3), l.index(5, -1), l.index(6, 0, 2))
print(l.count(5), l.count(7), [1, 1.0, True].count(1), [[1], [1]].count([1]))
c = l.copy()
c.append(0)
print(l, c)
l.reverse()
print(l)
l = [1, 2, 3, 4]
l.reverse()
print(l)
l.clear()
print(l, len(l))
l = [1, [2], (3,)]
m = l.copy()
m[1].append(9)
print(l, m, l[1] is m[1])
x = []
x.reverse()
print(x, x.copy())
r = list(range(20))
while r:
    r.pop(len(r) // 2)
print(r)
print([3, 1, 2].index(2), ["a", "b"].index("b"))
