# classes: data descriptors with __get__/__set__ take priority over the instance dict
class Typed:
    def __init__(self, name, typ):
        self.name = "_" + name
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError("%s must be %s" % (self.name[1:], self.typ.__name__))
        setattr(obj, self.name, value)
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age)
p.age = 31
print(p.age, p._age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
try:
    Person(5, 5)
except TypeError as e:
    print("TypeError", e)
class ReadOnly:
    def __get__(self, obj, objtype=None):
        return "ro"
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(r.x)
R.x = "replaced on class"
print(r.x)
class Logged:
    def __set__(self, obj, v):
        print("Logged.__set__", v)
class L:
    a = Logged()
l = L()
l.a = 3
print(type(l.a).__name__)
