# tuple: construction, repr, len, truth, nesting, identity of empty tuples
print(tuple(), (), (1,), (1, 2), ((1, 2), (3,)), ((),))
print(tuple([1, 2, 3]), tuple("abc"), tuple(range(4)), tuple({1: 2, 3: 4}))
t = (1, 2, 3)
print(tuple(t) is t, len(t), len(()), bool(()), bool((0,)))
print(repr((1,)), str((1, "a")), repr(("x", None, True, 1.5)))
e1 = ()
e2 = tuple([])
print(e1 is e2, tuple() is e1)
def gen():
    yield 1
    yield 2
print(tuple(gen()), tuple(x * 2 for x in range(3)))
print(type(()).__name__, type((1,)) is tuple)
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x) is tuple)
print((1, (2, (3, (4,)))))
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError", e)
try:
    tuple(a=1)
except TypeError as e:
    print("TypeError", e)
