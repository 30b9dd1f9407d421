# slices with __index__ objects, bools and huge ints
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
t = tuple(l)
r = range(10)
print(l[I(1):I(8):I(3)], t[I(-3):], r[I(2):I(9):I(2)], "abcdefghij"[I(4):])
print(l[I(5)], t[I(-1)], r[I(7)])
print(slice(I(1), I(5), I(2)).indices(10))
print(l[True:3], l[False::True], t[10**20:], t[:-10**20], r[-10**20:10**20], l[::-10**20])
print(slice(-10**20, 10**20).indices(5), slice(None, None, -10**20).indices(5))
m = list(range(10))
m[I(2):I(4)] = ["x"]
print(m)
del m[I(0)::I(3)]
print(m)
m[I(1)] = "y"
print(m)
class NotIndex:
    pass
for seq in (l, t, r):
    try:
        seq[NotIndex():]
    except TypeError as e:
        print("TypeError", e)
    try:
        seq[NotIndex()]
    except TypeError as e:
        print("TypeError", e)
try:
    l[1:2:I(0)]
except ValueError as e:
    print("ValueError", e)
try:
    l[10**30]
except IndexError as e:
    print("IndexError", e)
print(slice(None, None, True).indices(5), slice(False, True).indices(3), slice(I(1), None, I(-1)).indices(4))
class BadIndex:
    def __index__(self):
        return "x"
try:
    l[BadIndex():]
except TypeError as e:
    print("TypeError", e)
try:
    range(BadIndex())
except TypeError as e:
    print("TypeError", e)
