def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# bool()
class A:
    def __bool__(self):
        return False
class B:
    def __len__(self):
        return 0
class C:
    pass
class D:
    def __bool__(self):
        return 1
for o in [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), 0j, 1j, '', 'a', b'', [], [0], (), {}, {0: 0}, set(), None,
          2**100, A(), B(), C(), range(0), range(1)]:
    print(bool(o))
t(lambda: bool(D()))
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
print(bool(), type(bool(5)), bool is type(True), isinstance(True, int), issubclass(bool, int))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), True.bit_length())
print(int.__add__(True, True), True.__and__(False), True.__or__(0))
t(lambda: type('B', (bool,), {}))
