# classes: __init__ under multiple inheritance: explicit base calls vs cooperative super(); diamond
class A:
    def __init__(self):
        print("A.__init__")
        self.a = 1
class B(A):
    def __init__(self):
        print("B.__init__")
        A.__init__(self)
        self.b = 2
class C(A):
    def __init__(self):
        print("C.__init__")
        A.__init__(self)
        self.c = 3
class D(B, C):
    def __init__(self):
        print("D.__init__ (explicit calls, A runs twice)")
        B.__init__(self)
        C.__init__(self)
d = D()
print(d.a, d.b, d.c)
class A2:
    def __init__(self):
        print("A2")
        super().__init__()
class B2(A2):
    def __init__(self):
        print("B2")
        super().__init__()
class C2(A2):
    def __init__(self):
        print("C2")
        super().__init__()
class D2(B2, C2):
    def __init__(self):
        print("D2 (cooperative, A2 runs once)")
        super().__init__()
D2()
print([k.__name__ for k in D2.__mro__])
class NoInit(B2, C2):
    pass
NoInit()
