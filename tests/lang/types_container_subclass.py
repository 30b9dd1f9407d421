# subclasses of the built-in containers
class MyList(list):
    def total(self):
        return sum(self)
l = MyList([3, 1, 2])
l.append(5)
l.sort()
print(l, len(l), l.total(), isinstance(l, list), type(l).__name__, l[1], l[1:3])
print(l == [1, 2, 3, 5], 2 in l, [x * 2 for x in l])
class MyDict(dict):
    def get2(self, k):
        return self.get(k, "none")
d = MyDict(a=1)
d["b"] = 2
print(sorted(d.items()), d.get2("a"), d.get2("z"), isinstance(d, dict), len(d), "a" in d)
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple((9, 8))
print(t, t.first(), len(t), t + (7,), isinstance(t, tuple), t == (9, 8), hash(t) == hash((9, 8)))
class MySet(set):
    pass
s = MySet([1, 2])
s.add(3)
print(sorted(s), len(s), 2 in s, isinstance(s, set), s == {1, 2, 3}, sorted(s | {4}))
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], list(p))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()), c["zzz"])
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st, len(st))
class Pair(list):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.label = "pair"
pr = Pair(1, 2)
print(pr, pr.label, len(pr), pr + [3])
class Defaults(dict):
    def __init__(self, **kw):
        super().__init__(kw)
        self.setdefault("mode", "r")
print(sorted(Defaults(x=1).items()), sorted(Defaults(mode="w").items()))
class Bag(set):
    def __init__(self, items):
        super().__init__(i * 2 for i in items)
print(sorted(Bag([1, 2, 3])))
class Tracked(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("set", i)
        super().__setitem__(i, v)
tr = Tracked([10, 20, 30])
tr[1] = tr[0] + 5
print(tr, tr[0:2])
