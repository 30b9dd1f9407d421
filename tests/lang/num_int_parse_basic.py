def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int() on strings and bytes in base 10
for s in ['0', '1', '-1', '+1', '  42  ', '\t-17\n', '000123', '-0', '+0', '1_000', '1_2_3',
          '123456789012345678901234567890', '-98765432109876543210', ' 9' * 1 + ' ']:
    t(lambda: int(s))
print(int(b'123'), int(b' -45 '), int(bytearray(b'678')), int(memoryview(b'90')))
print(int('1' * 100) == (10**100 - 1) // 9)
print(int(), int(0), int(-5), int(True), int(False))
print(type(int(True)), type(int('5')))
print(int('  \f\v\r12\n'))
