# classes: container protocol __getitem__/__setitem__/__delitem__/__len__/__contains__ with slices
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
s = Store()
s["a"] = 1
s[2] = "two"
s[1, 2] = "tuple"
print(s["a"], s[2], s[1, 2], len(s), "a" in s, "b" in s, "b" not in s)
print(s[1:5], s[::2], s[:])
del s["a"]
print(len(s), "a" in s)
try:
    s["missing"]
except KeyError as e:
    print("KeyError", e)
s["x"] = 10
s["x"] += 5
print(s["x"])
class SeqOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(SeqOnly()), 20 in SeqOnly(), 25 in SeqOnly())
for v in SeqOnly():
    print("iter via getitem", v)
class ReadOnly:
    def __getitem__(self, i):
        return i
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del ReadOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    len(ReadOnly())
except TypeError as e:
    print("TypeError", e)
