# classes: non-data descriptors (__get__ only) on class and instance access; instance dict shadows
class Const:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, objtype=None):
        who = "class" if obj is None else "instance"
        return (who, objtype.__name__, self.value)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        val = self.fn(obj)
        setattr(obj, self.name, val)
        return val
class A:
    c = Const(42)
    @Lazy
    def expensive(self):
        return sum(range(100))
a = A()
print(A.c, a.c)
a.c = "shadowed"
print(a.c, A.c)
print(a.expensive, a.expensive)
b = A()
print(b.expensive)
print(type(A.expensive).__name__)
class B(A):
    pass
print(B.c, B().c)
class Method:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: ("bound-like", type(obj).__name__, a)
class U:
    m = Method()
print(U().m(1, 2))
