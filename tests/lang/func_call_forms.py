# functions: calling with positional, keyword, mixed, unpacked, and default-filled arguments
def f(a, b=10, *args, c=20, d, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, d=4))
print(f(1, 2, 3, 4, d=5))
print(f(1, 2, d=5, c=6, e=7))
print(f(*[1, 2, 3], **{"d": 9, "z": 0}))
print(f(a=1, d=2))
print(f(1, *(), d=2, **{}))
args = (1,)
kwargs = {"d": "D", "c": "C"}
print(f(*args, **kwargs))
def g(x, y):
    return x - y
print(g(10, 3), g(y=3, x=10), g(10, y=3), g(*[10], **{"y": 3}))
for bad in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, x=1), lambda: g(z=1, x=1, y=2), lambda: f(d=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def no_params():
    return "none"
print(no_params(), no_params(*[]), no_params(**{}))
print(print.__name__, len(*["abc"]))
