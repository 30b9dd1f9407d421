# expressions: tuples are made by commas; parentheses, trailing commas and empty tuple
t = 1, 2, 3
print(t, type(t).__name__)
u = (1)
v = (1,)
w = 1,
print(u, v, w, type(u).__name__, type(v).__name__)
print((), type(()).__name__, tuple(), () == tuple())
x = ((1, 2),)
print(x, len(x), x[0])
def f():
    return 1, 2
print(f(), type(f()).__name__)
for item in 1, 2:
    print("loop item", item)
print([1, 2,], (1, 2,), {1: 2,}, {3,})
a = b = 1, 2
print(a is b, a)
print(len((1, 2, 3)), len(((1, 2, 3),)), (1, 2) + (3,), (1,) * 3)
s = "x",
print(s, s[0])
print(1, 2 == (1, 2), (1, 2) == (1, 2))
if (1, 2):
    print("non-empty tuple is truthy")
print((1, 2)[0], ((1,) + (2,))[1])
lst = [(1, 2), (3, 4)]
print([(b, a) for a, b in lst])
