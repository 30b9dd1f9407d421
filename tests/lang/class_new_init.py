# classes: __new__ and __init__ interplay, __new__ returning other types, singletons
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, *args):
        print("A.__init__", args)
        self.args = args
a = A(1, 2)
print(a.args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self):
        print("init runs every time")
s1 = Single()
s2 = Single()
print(s1 is s2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, isinstance(Pos(3), int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hey")
print(u, len(u), u + "!", type(u).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError")
class Sub(A):
    def __init__(self):
        super().__init__("from Sub")
Sub()
