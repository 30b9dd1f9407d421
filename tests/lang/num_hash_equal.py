# numbers that compare equal hash equal and collide as keys
keys = [0, 0.0, -0.0, False, 0j, 1, 1.0, True, 1 + 0j, 2**64, 2.0**64, 0.5, 0.5 + 0j, -1, -1.0, 2**61 - 1,
        float(2**61 - 1), 10**20, 1e20]
d = {}
for k in keys:
    d[k] = d.get(k, 0) + 1
print(len(d), list(d.values()))
print(sorted(set([1, 1.0, True, 2, 2.0, 3 + 0j]), key=abs))
for a in keys:
    print([a == b and hash(a) == hash(b) for b in keys].count(True), [a == b for b in keys].count(True))
print(hash(-1) == hash(-1.0) == hash(-1 + 0j), hash(-2) == hash(-1))
print(hash(2**61 - 1) == hash(0), hash(2**61) == hash(1), hash(-(2**61)) == hash(-1))
