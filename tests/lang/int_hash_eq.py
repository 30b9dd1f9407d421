# int: hash consistency between equal ints, floats and bools; dict/set unification of numeric keys
print(hash(0) == hash(0.0) == hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(-5) == hash(-5.0))
print(hash(10 ** 20) == hash(10 ** 20), hash(12345) == 12345, hash(-1) == -2)
d = {}
for k in [1, 1.0, True, 2, 2.0, 10 ** 20, float(10 ** 20)]:
    d[k] = type(k).__name__
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(len({2 ** 64, float(2 ** 64), 2 ** 64 + 1}))
print({1.5: "x"}.get(1.5), {3: "y"}.get(3.0), {True: "z"}.get(1))
print(1 in {1.0}, 1.0 in {1}, 2 ** 53 + 1 in {float(2 ** 53 + 1)})
cache = {}
for n in [3, 3.0, 4, True, 1]:
    cache[n] = cache.get(n, 0) + 1
print(cache)
