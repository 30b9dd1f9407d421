def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# invalid literals and their messages
for s in ['', ' ', 'abc', '1.5', '1e5', '--1', '+-1', '+ 1', '1 2', '0x', '12a', 'a12', '\x00', '1\x002',
          '١٢x', '12\u00e9', "it's", '"q"', '1' + ' ' * 3 + 'x', 'inf', 'nan']:
    t(lambda: int(s))
t(lambda: int('010', 0))
t(lambda: int('09', 0))
t(lambda: int('0_1', 0))
t(lambda: int('2', 2))
t(lambda: int('g', 16))
t(lambda: int(b'1x'))
t(lambda: int(b'\xff'))
t(lambda: int(bytearray(b'z')))
t(lambda: int('a' * 300))
t(lambda: int(None))
t(lambda: int([]))
t(lambda: int(1j))
t(lambda: int({}))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
