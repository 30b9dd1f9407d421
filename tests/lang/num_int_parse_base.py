def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int(str, base) with prefixes and base 0
cases = [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 16), ('0x_ff', 16), ('-0x10', 16),
         ('777', 8), ('0o777', 8), ('0O17', 8), ('101', 2), ('0b101', 2), ('-0B11', 2),
         ('z', 36), ('Z', 36), ('zz', 36), ('10', 3), ('22', 3), ('0x10', 0), ('0o10', 0),
         ('0b10', 0), ('10', 0), ('0', 0), ('00', 0), ('0_0', 0), ('-0', 0), (' 0x1f ', 0),
         ('0b1', 16), ('0b1', 0), ('1_0', 0), ('0x1_0', 0), ('12', 5), ('ab', 12)]
for s, b in cases:
    t(lambda: int(s, b))
print(int('ff', base=16), int('10', base=2), int(b'ff', 16), int(bytearray(b'11'), 2))
print(int('1' * 60, 2), int('7' * 40, 8), int('f' * 50, 16))
for b in [2, 3, 7, 10, 16, 35, 36]:
    print(b, int('1' + '0' * 20, b))
t(lambda: int('12', 1))
t(lambda: int('12', 37))
t(lambda: int('12', -1))
t(lambda: int('12', 10**30))
t(lambda: int('12', 2.0))
t(lambda: int('12', None))
t(lambda: int(12, 10))
t(lambda: int(1.5, 10))
t(lambda: int(base=10))
t(lambda: int('1', 10, 5))
t(lambda: int('1', foo=2))
t(lambda: int(x='1'))
print(int('11', True if False else 2))
