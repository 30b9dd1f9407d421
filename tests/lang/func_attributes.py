# functions: function objects as values, __name__, __doc__, __defaults__, custom attributes
def f(a, b=2):
    "doc of f"
    return a + b
print(f.__name__, f.__doc__, f.__defaults__, f.__module__)
f.custom = "attached"
print(f.custom, hasattr(f, "custom"), getattr(f, "missing", None))
g = f
print(g(1), g is f, g.__name__)
g.__name__ = "renamed"
print(f.__name__)
f.__defaults__ = (100,)
print(f(1))
def no_defaults():
    pass
print(no_defaults.__defaults__, no_defaults.__doc__)
funcs = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: v(3, 4) for k, v in funcs.items()})
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(f, 5), apply(str.upper, "x"))
print(type(f).__name__, callable(f), callable(f.__name__))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
print((lambda: 0).__name__, [lambda: 0][0].__name__)
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError")
