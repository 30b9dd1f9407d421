# slice objects: construction, attributes, repr, indices(), equality
s = slice(5)
print(s, s.start, s.stop, s.step)
s = slice(1, 10)
print(s, repr(s), s.start, s.stop, s.step)
s = slice(1, 10, 2)
print(s, slice(None), slice(None, None, None), slice("a", [1], (2,)))
print(slice(2, 8, 3).indices(10), slice(None).indices(5), slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(100, -100, -2).indices(7))
print(slice(5, 2).indices(10), slice(0, 0).indices(0), slice(None, None, 3).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0, 5) >= slice(0, 5), slice(1) != slice(2))
l = list(range(10))
print(l[slice(2, 7, 2)], "abcdef"[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
try:
    slice("a").indices(3)
except TypeError as e:
    print("TypeError", e)
print(type(slice(1)).__name__)
class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
print(g[1:2], g[::3], g[:, 1:], g[1:2:3], g[...])
