# classes: super() zero-argument and two-argument forms in methods, classmethods, __init__
class A:
    def __init__(self, v):
        self.v = v
        print("A.__init__", v)
    def describe(self):
        return "A(%s)" % self.v
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
class B(A):
    def __init__(self, v):
        print("B.__init__ before")
        super().__init__(v * 2)
        print("B.__init__ after")
    def describe(self):
        return "B+" + super().describe()
    @classmethod
    def make(cls):
        return "B.make -> " + super().make()
class C(B):
    def describe(self):
        return "C+" + super(C, self).describe()
    def skip(self):
        return super(B, self).describe()
c = C(5)
print(c.describe())
print(c.skip())
print(C.make(), B.make())
print(super(C, c).describe())
def outside(self):
    return "outside"
try:
    class D(A):
        def m(self):
            def inner():
                return super().describe()
            return inner()
    D(1).m()
except RuntimeError as e:
    print("RuntimeError")
class E(A):
    def __init__(self):
        super(E, self).__init__("e")
print(E().v)
print(isinstance(super(C, c), super))
