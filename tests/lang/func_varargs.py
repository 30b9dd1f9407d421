# functions: *args and **kwargs collection and forwarding
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return sorted(kwargs.items())
print(g(), g(a=1, b=2))
def h(a, b=0, *args, **kw):
    return a, b, args, kw
print(h(1))
print(h(1, 2, 3, 4))
print(h(1, x=5))
print(h(1, 2, 3, y=6, z=7))
def fwd(*a, **k):
    return h(*a, **k)
print(fwd(9, 8, 7, q=1))
def kwonly_after_star(*args, sep="-"):
    return sep.join(str(x) for x in args)
print(kwonly_after_star(1, 2, 3), kwonly_after_star(1, 2, sep="+"))
def mod_kwargs(**kw):
    kw["new"] = 1
    return kw
base = {"a": 0}
print(mod_kwargs(**base), base)
def count(*args, **kwargs):
    return len(args), len(kwargs)
print(count(*range(5), **{"a": 1, "b": 2}))
print(count(*"abc", *[1, 2], **{"x": 1}, y=2))
