# seeding makes the sequence reproducible (values differ from CPython's,
# so only properties are printed)
import random

def draw():
    return [random.random() for _ in range(5)] + [random.getrandbits(70), random.randrange(1000)]

for s in (0, 1, 12345, -12345, 2**100, "hello", b"hello", bytearray(b"xy"), 1.5, True, ""):
    random.seed(s)
    a = draw()
    random.seed(s)
    b = draw()
    print(repr(s), a == b, all(0.0 <= x < 1.0 for x in a[:5]))

random.seed(1)
a = draw()
random.seed(2)
b = draw()
print("different seeds differ", a != b)
random.seed(5)
a = draw()
random.seed(-5)
print("abs of int seed", a == draw())
random.seed("abc")
a = draw()
random.seed(b"abd")
print("str seeds differ", a != draw())
random.seed(a=7)
a = draw()
random.seed(7, version=2)
print("keyword seed", a == draw())
random.seed()
a = draw()
random.seed(None)
print("os seed", len(a), a != draw())
print(random.seed(3))
for bad in ([1], {}, (1,), object()):
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
