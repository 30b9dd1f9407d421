# sort calls the key once per element; reverse keeps stability
calls = []
def key(x):
    calls.append(x)
    return x % 5
data = [12, 7, 3, 22, 17, 8, 5, 10]
data.sort(key=key)
print(data, calls, len(calls) == len(data))
calls.clear()
print(sorted(data, key=key, reverse=True), len(calls))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, reverse=True))
class K:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.count += 1
        return self.v < other.v
ks = [K(i % 7) for i in range(30)]
ks.sort()
print([k.v for k in ks], K.count > 0)
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(range(10), key=lambda v: -v), sorted([3, 1, 2], key=None))
n = list(range(300))
n.sort(key=lambda v: (v % 3, -v))
print(n[:5], n[100:105], n[-3:])
