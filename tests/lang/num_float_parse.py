def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float() on strings
for s in ['0', '1', '-1.5', '+.5', '5.', '.5e1', '1e5', '1E-5', '  3.25  ', '\n-0\t', '1_000.5', '1_0e1_0',
          'inf', '-INF', 'Infinity', 'nan', '-nan', '1e400', '-1e400', '1e-400', '0x10', '1__0', '_1', '1_',
          '1._5', '1.5_', '', ' ', '.', 'e5', '1e', '1e+', 'abc', '1.5.5', '--1', '\x00', 'in f', 'infinit',
          '9007199254740993', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308',
          '1.7976931348623159e308', '0.1', '123456789012345678901234567890e-10']:
    t(lambda: float(s))
print(float(b'1.5'), float(bytearray(b' -2 ')), float(memoryview(b'3e2')))
t(lambda: float(b'abc'))
t(lambda: float(bytearray(b'x')))
t(lambda: float('a' * 300) if False else float('x' * 50))
