# classes: __getitem__ receives raw negative indices and slices; class normalises them itself
class Window:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return [self.data[i] for i in range(start, stop, step)]
        if not isinstance(key, int):
            raise TypeError("indices must be integers, not " + type(key).__name__)
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError("window index out of range")
        return self.data[key]
w = Window("abcdef")
print(w[0], w[-1], w[-6], w[1:4], w[::-2], w[-3:], w[:100])
for bad in [6, -7, "x", 1.5]:
    try:
        w[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list(w), "c" in w, "z" in w, list(reversed(w)))
class Raw:
    def __getitem__(self, key):
        return key
r = Raw()
print(r[-1], r[-1:], r[::-1], r[-2, -3], r[True])
