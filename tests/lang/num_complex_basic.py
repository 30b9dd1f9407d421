def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# complex construction and attributes
for args in [(), (1,), (1.5,), (1, 2), (1.5, -2.5), (True, False), (2**40, 3), (1j,), (1j, 1j), (1 + 2j, 3j),
             (0.0, -0.0), (-0.0,), (1, -0.0), (1 + 2j,)]:
    t(lambda: complex(*args))
print(complex(real=1, imag=2), complex(imag=2), complex(real=3))
t(lambda: complex(1, 2, 3))
t(lambda: complex(foo=1))
t(lambda: complex(1, real=2))
t(lambda: complex(None))
t(lambda: complex(1, None))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex(b'1'))
t(lambda: complex(10**400))
class C:
    def __complex__(self):
        return 3 + 4j
class D:
    def __complex__(self):
        return 1
class E:
    def __float__(self):
        return 2.5
class G:
    def __index__(self):
        return 7
print(complex(C()), complex(E()), complex(G()), complex(E(), G()))
t(lambda: complex(D()))
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), bool(z), bool(0j), -z, +z, type(z.real))
print(1j.real, (2j).imag, (1 + 0j).conjugate())
