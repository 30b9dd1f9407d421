# statements: with over one and several items, as-targets, suppression, exit arguments
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("gone")
print("after suppressed")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("k")
except KeyError:
    print("propagated")
with (CM("p1") as p, CM("p2")):
    print("parenthesized", p)
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (a, b):
    print(a, b)
class Holder:
    pass
h = Holder()
with Pair() as h.attr:
    print(h.attr)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
