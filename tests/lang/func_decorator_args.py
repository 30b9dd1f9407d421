# functions: decorators with arguments, decorator factories, stacking with arguments, class decorators
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
def prefix(p):
    def deco(fn):
        def wrapper(*a):
            return [p + str(r) for r in fn(*a)]
        return wrapper
    return deco
@prefix(">")
@repeat(2)
def val(x):
    return x * 10
print(val(4))
def validate(**types):
    def deco(fn):
        def wrapper(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
            return fn(**kw)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return "%s is %d" % (name, age)
print(person(name="ann", age=3))
try:
    person(name="bob", age="x")
except TypeError as e:
    print("TypeError", e)
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
@add_method("hello", "hi")
@add_method("bye", "ciao")
class Greeter:
    pass
g = Greeter()
print(g.hello(), g.bye())
def once(fn):
    done = []
    def wrapper(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return wrapper
@once
def init(v):
    print("initialising with", v)
    return v * 2
print(init(5), init(99))
