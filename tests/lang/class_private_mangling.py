# classes: double-underscore name mangling inside class bodies
class A:
    def __init__(self):
        self.__secret = "A secret"
        self._single = "not mangled"
    def reveal(self):
        return self.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), b._single)
print(b._A__secret, b._B__secret)
try:
    b.__secret
except AttributeError as e:
    print("AttributeError", e)
print(b.call_private(), b._A__private_method())
class C:
    __class_attr = 5
    def get(self):
        return C.__class_attr
    def dunder_ok(self):
        return self.__len__()
    def __len__(self):
        return 3
print(C().get(), C._C__class_attr, C().dunder_ok())
print(hasattr(C, "__class_attr"), hasattr(C, "_C__class_attr"))
class _Under:
    def __init__(self):
        self.__x = 1
u = _Under()
print(u._Under__x)
def outside(obj):
    return obj._A__secret
print(outside(b))
