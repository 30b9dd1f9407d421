# expressions: * and ** unpacking in calls, multiple unpackings, errors
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), 4, *"ab"))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(1, *range(3), x=1, **{"y": 2}))
print(f(*{}, **{}))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"c": 3, "b": 2}))
print(g(**dict(a=1, b=2, c=3)))
try:
    g(*[1, 2])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print("TypeError")
try:
    f(**[1])
except TypeError as e:
    print("TypeError")
try:
    g(1, **{"a": 5, "b": 1, "c": 1})
except TypeError as e:
    print(e)
print(max(*[3, 9, 2]), min(*"zay"))
gen = (i for i in range(3))
print(f(*gen))
print(f(*[1], *[], **{"k": 0}))
