# math.prod over any iterable, with a start value
import math

print(math.prod([]), math.prod([5]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=10), math.prod([], start=7), math.prod([], start="x"))
print(math.prod([True, True]), math.prod([2] * 100) == 2**100)
print(math.prod(["ab", 3]), math.prod([[1], 2]), math.prod((x for x in range(1, 6))), math.prod({3: 0, 4: 0}))
print(math.prod([1, 2.0, 3j]), math.prod([10**20, 10**20]))

class V:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return V(self.v * (o.v if isinstance(o, V) else o))
    def __rmul__(self, o):
        return V(o * self.v)

print(math.prod([V(2), V(3), 4]).v, math.prod([2, V(5)]).v)
for bad in ([1, "a", "b"], [None, 1], 5):
    try:
        print(math.prod(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    math.prod([1], 2)
except TypeError as e:
    print("TypeError", e)
