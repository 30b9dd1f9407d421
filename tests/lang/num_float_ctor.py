def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float(x) for numbers and objects with __float__ / __index__
class A:
    def __float__(self):
        return 2.5
class B:
    def __index__(self):
        return 7
class C:
    def __float__(self):
        return 1
class D:
    pass
class E(float):
    pass
for o in [A(), B(), E(1.25), 5, -7, True, 2**70, 0.5, '1.5', b'2']:
    t(lambda: float(o))
for o in [C(), D(), None, [], 1j, {}]:
    t(lambda: float(o))
t(lambda: float(10**400))
t(lambda: float(-10**400))
t(lambda: float(1, 2))
t(lambda: float(x=1))
print(float(), type(float(E(2.0))), float(2**53 + 1), float(2**63), float(-(2**64) - 1))
print(float(2**1023 * 2 - 2**971), float(12345678901234567890123))
