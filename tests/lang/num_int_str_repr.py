def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# str/repr/hex/oct/bin of ints
for v in [0, 1, -1, 9, 10, 2**31, -(2**31), 2**62 - 1, 2**62, -(2**62) - 1, 2**64, 10**30, -(10**30) + 1, 3**100]:
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(str(True), repr(False), hex(True))
print(f'{2**70}', f'{-2**70:x}', format(2**70, 'b'))
print('%d' % 2**80, '%x' % -(2**80))
print(str(10**50)[::-1][:5], len(str(7**300)))
