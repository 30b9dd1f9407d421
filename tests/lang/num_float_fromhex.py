def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float.fromhex rounding, specials and errors
for s in ['0x1p0', '0x1.8p1', '  -0X1.8P-1 ', '0x.8', '1.', '0x10', 'abc', '1p4', '0x1.fffffffffffff8p1023',
          '0x1.fffffffffffff7p1023', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076',
          '0x1p+99999999999999999999', '0x0p+99999999999999999999', '0x1p-99999999999999999999',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0', '0x1.fffffffffffffp-1023',
          'inf', '-Infinity', 'nan', '+NaN', '.', '0x', '0x.', '', ' ', '0x1_0p0', '0x1p', '0x1p+', '1e5',
          '0x1.8p1 x', '0x1.8.p1', '-0x0p0', '0x0.000000000000000000000000001p100']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(5))
class F(float):
    pass
print(type(F.fromhex('0x1p1')), F.fromhex('0x1p1'))
