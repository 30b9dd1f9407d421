# classes: type() with one argument and three-argument class creation
print(type(1).__name__, type("s").__name__, type([]).__name__, type(type).__name__)
print(type(1), type(1.5), type(None), type(True), type("x"), type(b""), type({}), type(()), type(range(1)))
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 5, "hello": hello})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), isinstance(d, Dyn))
Sub = type("Sub", (Dyn,), {"y": 6})
print(Sub().x, Sub().y, Sub().hello(), [k.__name__ for k in Sub.__mro__])
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError")
try:
    type("a", "b")
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
class TaggedChild(Tagged):
    pass
print(Tagged.tag, TaggedChild.tag, type(Tagged).__name__)
class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subclasses.append((cls.__name__, kw.get("flag")))
class S1(Base):
    pass
class S2(Base, flag=True):
    pass
print(Base.subclasses)
