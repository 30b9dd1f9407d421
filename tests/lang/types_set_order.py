# set iteration order for ints follows CPython's table layout
print(set([3, 1, 2]), {8, 1}, {1, 8}, set([16, 0, 8]), set([-1, -2, 5]), set([7, 15, 23]))
s = set(range(5))
s.discard(1)
s.add(9)
print(s, list(s))
s = set(range(5))
s.discard(1)
s.add(1)
print(s)
t = set()
for v in [31, 9, 23, 29, 36, 8]:
    t.add(v)
print(t)
t.discard(9)
t.discard(23)
t.add(41)
print(t)
u = set()
for i in range(30):
    u.add(i * 13 % 64)
print(u)
for i in range(0, 30, 3):
    u.discard(i * 13 % 64)
print(u)
print(set([40, 30, 20, 10]), set([10, 20, 30, 40]))
print(set([100, 200, 300]), set([1000, 2000, 3000, 4000, 5000]))
a = set(range(0, 60, 5))
b = set(range(0, 60, 7))
print(a | b)
print(a & b, a - b, a ^ b)
print(a.union(range(3)), a.intersection([35, 0, 5]), a.symmetric_difference([1, 5]))
c = set([5, 13, 21])
print(c, c.copy(), set(c), frozenset(c))
d = set()
for i in (1, 9, 17, 25, 33):
    d.add(i)
print(d)
print(set([-5, -4, -3, 3, 4, 5]))
x = set(range(100))
for i in range(100):
    if i % 7:
        x.discard(i)
print(x)
y = set()
for i in range(12):
    y.add(i)
    y.add(i + 100)
print(y)
p = set([1, 2, 3, 4, 5, 6, 7, 8])
print([p.pop() for _ in range(4)], p)
a = {1, 9}
b = {17, 25}
print(a ^ b, a.symmetric_difference(b), a.symmetric_difference([17, 25]))
c = set(a)
c ^= b
print(c, a | b, b | a, a.union([17, 25]))
print(set([1, 9, 17]) & set([17, 9, 1, 25]), set([1, 9, 17, 25]) - {25}, set([1, 9, 17, 25]).difference([25]))
print(frozenset(set([33, 1, 9])) | {17}, {41, 1}.intersection({1: 0, 41: 0, 9: 0}))
