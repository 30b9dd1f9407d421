# classes: deriving all comparisons from __eq__ and __lt__ by hand; sorting, min/max, bisect by hand
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self < o or self == o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), min(vs), max(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b)
print(len(set(vs)), sorted(set(vs), reverse=True))
def insort(lst, item):
    lo, hi = 0, len(lst)
    while lo < hi:
        mid = (lo + hi) // 2
        if item < lst[mid]:
            hi = mid
        else:
            lo = mid + 1
    lst.insert(lo, item)
ordered = []
for v in vs:
    insort(ordered, v)
print(ordered)
