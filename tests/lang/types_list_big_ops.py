# larger lists: growth, repeated ops, slicing, membership at scale
l = []
for i in range(20000):
    l.append(i)
print(len(l), l[-1], l[10000])
l2 = l * 3
print(len(l2), l2[40000], l2.count(5), l2.index(19999))
print(sum(l[::100]), len(l[::-7]), l[19990:], l[-5:])
while len(l) > 10:
    l.pop()
print(l)
big = list(range(5000))
big[1000:4000] = []
print(len(big), big[999], big[1000])
big[10:10] = range(10000)
print(len(big), big[10], big[10009], big[10010])
del big[::2]
print(len(big), big[:5])
x = [0] * 1000
for i in range(1000):
    x[i] = i * i
print(x[999], sum(x) % 1000)
print(9999 in range(10000), 9999 in list(range(10000)), -1 in list(range(10000)))
t = tuple(range(10000))
print(len(t), t[5000], t.index(9999), t[::-1][0])
rev = list(range(10000))
rev.reverse()
print(rev[:3], rev[-3:])
s = sorted(range(10000, 0, -1))
print(s[:3], s[-3:])
n = [i % 17 for i in range(10000)]
n.sort()
print(n[:3], n[588:592], n[-1])
