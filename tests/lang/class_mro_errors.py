# classes: inconsistent MRO and duplicate base class raise TypeError at class creation
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError")
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print("TypeError")
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
class Ok(B, A):
    pass
print([k.__name__ for k in Ok.__mro__])
try:
    class FromInst(B()):
        pass
except TypeError as e:
    print("TypeError")
try:
    class FromInt(int, str):
        pass
except TypeError as e:
    print("TypeError")
class Fine(object, ):
    pass
print(Fine.__mro__[1].__name__)
