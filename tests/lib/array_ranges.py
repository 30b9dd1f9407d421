# value checks per typecode, with CPython's messages
from array import array as A

for tc in "bBhHiIlLqQ":
    size = A(tc).itemsize
    signed = tc.islower()
    lo = -(1 << (8 * size - 1)) if signed else 0
    hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
    print(tc, A(tc, [lo, hi]))
    for v in (lo - 1, hi + 1, 2**70, -2**70):
        for how in ("init", "append", "setitem", "insert"):
            try:
                if how == "init":
                    A(tc, [v])
                elif how == "append":
                    A(tc).append(v)
                elif how == "setitem":
                    a = A(tc, [0])
                    a[0] = v
                else:
                    A(tc).insert(0, v)
                print(tc, v, how, "ok")
            except OverflowError as e:
                print(tc, how, "OverflowError:", e)
for tc in "bBhHiIlLqQfd":
    for v in (1.5, "a", None, [1]):
        try:
            A(tc, [v])
            print(tc, repr(v), "ok")
        except TypeError as e:
            print(tc, repr(v), "TypeError:", e)

class Idx:
    def __index__(self):
        return 9

print(A("i", [Idx()]), A("B", [True]), A("d", [Idx()]))
a = A("b", [1, 2])
try:
    a[1] = 300
except OverflowError as e:
    print("unchanged after error", a, e)
