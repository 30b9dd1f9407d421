# tuple: lexicographic comparisons and equality
print((1, 2) == (1, 2), (1, 2) != (1, 2), (1, 2) == (2, 1), () == ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, 2, 0) < (1, 2), (2,) > (1, 9, 9))
print((1, 2) <= (1, 2), (1, 2) >= (1, 3), () < (0,), (0,) > ())
print((1, "a") < (1, "b"), ("a", 1) < ("b", 0), ((1, 2), 3) < ((1, 3), 0))
print((1, 2.0) == (1.0, 2), (True, 0) == (1, False))
print((1, 2) == [1, 2], (1,) == 1)
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), [nan] == [nan])
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    (1,) < [1]
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) < ("a",)
except TypeError as e:
    print("TypeError", e)
print((1, "x") < (2, 3))
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
print((E(1), E(2)) < (E(1), E(3)))
print((E(5),) == (E(5),))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (2, 5)))
