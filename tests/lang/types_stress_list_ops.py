# randomized list slice operations and sorts; output compared with CPython
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
def rslice(n):
    k = rnd(4)
    a = rnd(2 * n + 3) - n - 1 if rnd(3) else None
    b = rnd(2 * n + 3) - n - 1 if rnd(3) else None
    c = None
    if k == 0:
        c = rnd(7) - 3
        if c == 0:
            c = None
    return slice(a, b, c)
for trial in range(400):
    l = [rnd(50) for _ in range(rnd(25))]
    for step in range(10):
        op = rnd(8)
        s = rslice(len(l))
        try:
            if op == 0:
                print(l[s])
            elif op == 1:
                l[s] = [rnd(9) for _ in range(rnd(5))]
            elif op == 2:
                del l[s]
            elif op == 3:
                n = len(l[s])
                l[s] = [100 + i for i in range(n)]
            elif op == 4:
                l.insert(rnd(40) - 20, rnd(9))
            elif op == 5 and l:
                l.pop(rnd(len(l)))
            elif op == 6:
                l.sort(key=lambda v: (v % 7, v), reverse=rnd(2) == 1)
            else:
                l.extend(l[s])
        except (ValueError, IndexError) as e:
            print(type(e).__name__, e)
    print(l)
    t = tuple(l)
    print(t[rslice(len(t))], sorted(t) == sorted(l), t.count(3), 3 in t)
d = {}
for i in range(3000):
    k = rnd(500)
    op = rnd(5)
    if op < 3:
        d[k] = i
    elif op == 3:
        d.pop(k, None)
    elif d:
        d.popitem()
print(len(d), list(d)[:20], list(d.items())[-5:], sum(d.values()))
