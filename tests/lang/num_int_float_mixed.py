def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int and float mixed arithmetic gives floats
for a in [0, 1, -3, 7, 2**53 + 1, 2**70]:
    for b in [0.0, 0.5, -2.0, 1e-3, 3.0]:
        t(lambda: (a + b, a - b, a * b, b - a, b * a))
        t(lambda: (a / b, a // b, a % b))
        t(lambda: (b / a, b // a, b % a))
        t(lambda: (a ** b, b ** a if a < 100 else None))
t(lambda: 10**400 + 1.0)
t(lambda: 1.0 * 10**400)
t(lambda: 10**400 / 2.0)
t(lambda: 10**400 // 1.0)
t(lambda: 2.0 ** 10**400)
print(True + 0.5, 1.5 * False, 3 / True, 1.5 // True)
x = 5
x += 0.5
print(x, type(x))
x = 2.5
x *= 4
print(x, type(x))
