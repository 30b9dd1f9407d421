# statements: function and class decorators, stacking order, decorator expressions
def trace(f):
    def wrapper(*a, **k):
        print("calling", f.__name__, a)
        return f(*a, **k)
    wrapper.__name__ = "wrapped_" + f.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add.__name__)
def tag(label):
    def deco(f):
        def w():
            return label + "(" + f() + ")"
        return w
    return deco
@tag("outer")
@tag("inner")
def base():
    return "x"
print(base())
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g():
    pass
print(order)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
decos = [trace]
@decos[0]
def sub(a, b):
    return a - b
print(sub(5, 3))
@(lambda f: f())
def run_now():
    return "ran at definition"
print(run_now)
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)
