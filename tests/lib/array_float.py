# float and double arrays
from array import array as A

f = A("f", [0.1, 1e39, -1e39, 1e-50, 3.4028234663852886e+38])
d = A("d", [0.1, 1e300, 5e-324, -0.0])
print(f, d)
print(f[0] == 0.1, f[0], d[0] == 0.1, repr(d[3]))
f.append(2)
d.append(True)
print(f[-1], d[-1], type(f[-1]).__name__)
nan = float("nan")
g = A("d", [nan, 1.0])
print(g, g.count(nan), nan in g, g == g, g.index(1.0))
class F:
    def __float__(self):
        return 4.25
print(A("d", [F()]), A("f", [F()]))
for bad in (10**400, "1", None):
    try:
        A("d", [bad])
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sum(A("f", [0.5] * 10)), A("d", range(3)) * 2)
