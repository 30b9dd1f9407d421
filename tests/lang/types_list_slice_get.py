# list: slicing with steps, negative bounds, copies
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-3], l[::2], l[1::3], l[::-1], l[::-3])
print(l[8:2:-2], l[2:8:-1], l[100:], l[-100:2], l[5:5], l[3:1], l[-1:-5:-1])
print(l[:] == l, l[:] is l, l[::1] is l)
print(l[slice(1, 4)], l[slice(None, None, -4)], l[slice(-2, None)])
print(l[9:-11:-1], l[-11:], l[:-11], l[::11], l[::-11])
print(l[True:], l[:False], l[1:2:True])
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(l[I(2):I(6):I(2)], l[I(-1)], l[I(3)])
print(l[10**20:], l[-10**20:3], l[::10**20], l[::-10**20])
s = l[2:8]
s[0] = "x"
print(l[2], s)
e = []
print(e[:], e[::-1], e[1:5], e[-5:])
print([1, 2, 3][1:][::-1][0])
try:
    l[1:2:0]
except ValueError as ex:
    print("ValueError", ex)
try:
    l["a":]
except TypeError as ex:
    print("TypeError", ex)
try:
    l[:1.5]
except TypeError as ex:
    print("TypeError", ex)
