# randomized set operations; output compared with CPython
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
for trial in range(300):
    rng = [8, 20, 64, 300, 5000][rnd(5)]
    a = set()
    b = set()
    for step in range(rnd(60)):
        x = rnd(2 * rng) - rng
        op = rnd(20)
        if op < 8:
            a.add(x)
        elif op < 11:
            a.discard(x)
        elif op < 13:
            b.add(x)
        elif op == 13 and a:
            print(a.pop())
        elif op == 14:
            a |= b
        elif op == 15:
            a = a ^ set([x, x + 8, x + 16])
        elif op == 16:
            a.difference_update([x, x + 1, x + 8])
        elif op == 17:
            c = a & b
            print(list(c))
        elif op == 18:
            a = set(list(a))
        else:
            a.symmetric_difference_update(b)
    print(list(a))
    print(list(b - a))
    print(list(a.union(b)))
    print(list(frozenset(a) | b))
    print(hash(frozenset(a)) == hash(frozenset(list(a))))
