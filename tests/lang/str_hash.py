# equal strings hash equal however they were built; dict/set keys
a = "key"
b = "".join(["k", "e", "y"])
c = "ke" + "y"
d = "yek"[::-1]
print(hash(a) == hash(b) == hash(c) == hash(d), a == b == c == d)
long1 = "x" * 100
long2 = "".join(["x"] * 100)
print(hash(long1) == hash(long2))
m = {a: 1}
print(m[b], m[c], m[d], b in m, len({a, b, c, d}))
u1 = "caf\u00e9"
u2 = "caf" + "\u00e9"
print(hash(u1) == hash(u2), {u1: 2}[u2])
keys = {}
for i in range(50):
    keys["k" + str(i)] = i
print(sum(keys["k" + str(i)] for i in range(50)), "k49" in keys, "k50" in keys)
print(hash("") == hash("".join([])), type(hash("abc")).__name__)
