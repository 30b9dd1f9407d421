# classes: single inheritance chain, attribute lookup order, __mro__ names, overriding
class A:
    x = "A.x"
    def who(self):
        return "A"
    def call_who(self):
        return "calls " + self.who()
class B(A):
    def who(self):
        return "B"
class C(B):
    x = "C.x"
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in A.__mro__], [k.__name__ for k in object.__mro__])
c = C()
print(c.x, B().x, c.who(), c.call_who(), A().call_who())
print(isinstance(c, A), isinstance(c, B), issubclass(C, A), issubclass(A, C), issubclass(C, C))
c.x = "instance"
print(c.x, C.x)
del c.x
print(c.x)
B.who = lambda self: "patched B"
print(c.who(), C().call_who())
print(C.__base__.__name__, B.__base__.__name__, A.__base__.__name__)
print([k.__name__ for k in C.mro()])
class D(C):
    pass
print(len(D.__mro__), D.__mro__[-1] is object)
