# list: append/extend/insert/remove/pop/index/count/reverse/copy/clear
l = [1, 2, 3]
l.append(4)
l.extend([5, 6])
l.extend("ab")
l.extend(range(2))
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a")
print(l, l.index(3), l.index(1, 1), l.count(1), l.count("zz"))
for call in [lambda: l.remove("zz"), lambda: l.index("zz"), lambda: [].pop(), lambda: [1].pop(5)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = l.copy()
c.reverse()
print(c, l is not c)
c.clear()
print(c, len(c))
x = [1, 2]
x.extend(x)
print(x)
x += x
print(x)
x *= 0
print(x)
print([3, 1, 2].reverse(), [1].append(2), [].extend([]))
try:
    [].extend(5)
except TypeError as e:
    print("TypeError", e)
m = [1, 2, 3, 2, 1]
m.remove(2)
print(m, m.index(2), m.index(1, 2), m.index(1, -1))
