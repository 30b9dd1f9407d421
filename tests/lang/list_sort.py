# list: sort/sorted with key and reverse, stability, mixed types error
l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted([]), sorted([2.5, 1, True]))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError:
    print("key raised")
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V%d" % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)], key=lambda x: x.v))
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:])
print(l.sort() is None, sorted(l) is not l)
neg = [-3, 2, -1, 0]
print(sorted(neg, key=abs), sorted(neg, key=lambda x: -x))
try:
    [2, 1].sort(key=1)
except TypeError as e:
    print("TypeError")
