# list.sort: ordering, reverse, key, stability, many sizes
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
pairs = [(1, "b"), (0, "x"), (1, "a"), (0, "y"), (2, "c"), (1, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(sorted([3, 1, 2]), sorted("cba"), sorted((1.5, -2, 0)), sorted([], reverse=True))
e = []
e.sort()
print(e)
one = [7]
one.sort(key=lambda x: -x)
print(one)
x = 12345
data = []
for i in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    data.append(x % 1000)
s = sorted(data)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
s2 = sorted(data, reverse=True)
print(s2[:5], s2 == s[::-1])
idx = list(range(500))
idx.sort(key=lambda i: data[i] // 100)
ok = True
for i in range(499):
    a, b = idx[i], idx[i + 1]
    if data[a] // 100 > data[b] // 100 or (data[a] // 100 == data[b] // 100 and a > b):
        ok = False
print("stable", ok)
for n in range(0, 40):
    l = [(i * 7919) % (n + 3) for i in range(n)]
    if sorted(l) != sorted(l, key=lambda v: v):
        print("mismatch", n)
    l.sort()
    if any(l[i] > l[i + 1] for i in range(len(l) - 1)):
        print("unsorted", n)
print("sizes ok")
asc = list(range(1000))
asc.sort()
print(asc == list(range(1000)))
desc = list(range(1000, 0, -1))
desc.sort()
print(desc[:3], desc[-3:])
mixed = [3, 1.5, True, -2, 0.0]
mixed.sort()
print(mixed)
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 2), (1,), ()]))
