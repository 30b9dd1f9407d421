# classes: __repr__/__str__ inherited and overridden, using type(self).__name__, super().__repr__
class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
class Child(Base):
    pass
class Decorated(Base):
    def __repr__(self):
        return "<" + super().__repr__() + ">"
    def __str__(self):
        return "Decorated with " + str(self.v)
print(Base(1), Child("x"), Decorated([1]))
print([Base(1), Child(2), Decorated(3)])
print(str(Decorated(4)), repr(Decorated(4)), "%s / %r" % (Decorated(5), Decorated(5)))
class StrOnlyChild(Base):
    def __str__(self):
        return "str:" + repr(self)
print(StrOnlyChild(6), [StrOnlyChild(6)], f"{StrOnlyChild(7)!r}")
class Exc(Exception):
    def __str__(self):
        return "custom exc str"
e = Exc("ignored arg")
print(str(e), repr(e), e.args)
class IntLike(int):
    def __str__(self):
        return "IntLike<%d>" % int(self)
print(IntLike(3), repr(IntLike(3)), [IntLike(3)], f"{IntLike(3)}", "%d" % IntLike(3))
