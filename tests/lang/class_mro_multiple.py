# classes: multiple inheritance with C3 linearization; __mro__ names for diamonds and more
def names(cls):
    return [k.__name__ for k in cls.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in [K1, K2, K3, Z]:
    print(k.__name__, names(k))
class Base:
    def hello(self):
        return "Base"
class Left(Base):
    def hello(self):
        return "Left"
class Right(Base):
    def hello(self):
        return "Right"
class Bottom(Left, Right):
    pass
class Bottom2(Right, Left):
    pass
print(names(Bottom), Bottom().hello())
print(names(Bottom2), Bottom2().hello())
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
print(names(XY), names(YX))
class M(XY, Y): pass
print(names(M))
print([b.__name__ for b in Z.__bases__])
