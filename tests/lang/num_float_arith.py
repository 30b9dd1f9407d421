def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float arithmetic
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 3.75, 1e300, -1e-300, 7.0]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b)
        t(lambda: a / b)
print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(-(0.0), -(-0.0), abs(-0.0), +(-0.0), abs(-2.5), -(1.5))
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 2
print(x)
print(sum([0.1] * 10), 0.1 * 10)
print(1.0 / 3 * 3, 2.0 ** 0.5 * 2.0 ** 0.5)
