# classes: subclassing builtin types list, dict, int, str, tuple and overriding methods
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
d = DefaultDict()
d["a"] += 1
d["a"] += 1
print(d, d["zz"], sorted(d), d.get("nope", "get ignores missing"))
class Celsius(float):
    def __repr__(self):
        return "%.1f°C" % self
c = Celsius(21.456)
print(repr(c), c + 1, type(c + 1).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p == (1, 2))
class LoudStr(str):
    def shout(self):
        return self.upper() + "!"
print(LoudStr("hi").shout(), LoudStr("a") + "b", LoudStr("abc")[1])
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError("odd")
        return super().__new__(cls, v)
print(Even(4) + Even(2), isinstance(Even(0), int))
try:
    Even(3)
except ValueError as e:
    print("ValueError", e)
class MyList(list):
    def __getitem__(self, i):
        return "item %r" % (i,)
ml = MyList([1, 2])
print(ml[0], ml[5], list(ml))
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = CountingDict()
cd["x"] = 1
print(cd)
