def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# & | ^ ~ with negative values behave like infinite two's complement
vals = [0, 1, -1, 6, -6, 255, -256, 2**64 - 1, -(2**64), 2**70 + 5, -(2**70 + 5), 2**130 - 1, -(2**130) + 1]
for a in vals:
    print(~a)
    for b in vals:
        print(a & b, a | b, a ^ b)
print(~(2**62), ~(-(2**62)), ~(2**62 - 1))
print((-1) & (2**100), (-1) | (2**100), (-1) ^ (2**100))
x = 2**90
x &= -(2**89)
print(x)
x |= 3
print(x)
x ^= -1
print(x)
t(lambda: 1 & 1.0)
t(lambda: 1.0 | 1)
t(lambda: ~1.5)
