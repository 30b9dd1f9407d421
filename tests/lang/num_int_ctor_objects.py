def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int(x) through __int__, __index__, __trunc__, floats and strings
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class D:
    def __int__(self):
        return 'x'
class E:
    def __index__(self):
        return 1.5
class H:
    pass
class I(int):
    pass
class S(str):
    pass
for o in [A(), B(), I(12), S('34'), 3.99, -3.99, 1e20, -0.0, True, 2**70]:
    t(lambda: int(o))
for o in [D(), E(), H()]:
    t(lambda: int(o))
print(int(I(5)) + 1, type(int(I(5))))
print(int(2.5), int(-2.5), int(1e300) == 10**300, int(1e300) % 10**20)
print(int(float(2**63)), int(-float(2**63)), int(2.0**62), int(float(2**62 + 2**10)))
