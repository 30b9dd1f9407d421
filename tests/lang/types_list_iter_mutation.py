# list iteration while the list changes
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.append(4)
print(out, l)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    l.remove(x)
print(l)
l = [0, 1, 2, 3]
it = iter(l)
print(next(it), next(it))
l.clear()
print(list(it))
l.extend([5, 6, 7])
print(list(it))
l = [1, 2, 3]
it = iter(l)
print(list(it), list(it))
l = list(range(5))
for i, v in enumerate(l):
    if i < 3:
        l[i + 1] = v * 10
print(l)
a = [3, 2, 1]
it = iter(a)
next(it)
a.sort()
print(list(it))
print(list(reversed([1, 2, 3])), list(reversed([])))
r = [1, 2, 3]
rit = reversed(r)
print(next(rit))
r.pop()
print(list(rit))
print(list(map(lambda x: x * 2, [1, 2])), list(zip([1, 2], (3, 4))))
