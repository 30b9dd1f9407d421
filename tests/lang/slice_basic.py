# slice: slice objects, attributes, indices(), equality, use in __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(6), slice(2, 0, -1).indices(5), slice(0, 10, 3).indices(20))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    s.indices(-1)
except ValueError as e:
    print("ValueError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
data = list(range(20))
print(data[s], data[slice(None, None, 5)], "abcdef"[slice(1, None)])
class Probe:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
p = Probe()
print(p[1], p[1:2], p[:], p[::3], p[1:2:3], p[-1:], p["a":"b"])
try:
    s.start = 5
except AttributeError as e:
    print("AttributeError")
print(slice("a", [1], None).start, slice(1.5, 2.5).stop)
print(range(*slice(2, 12, 3).indices(10)), list(range(*slice(None, None, -2).indices(7))))
print(slice(3).stop, slice(1, 2, 3).step, slice(None, 4).start)
