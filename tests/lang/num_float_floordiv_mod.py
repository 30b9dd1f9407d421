def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float // and % take the sign of the divisor; divmod
vals = [7.5, -7.5, 0.0, -0.0, 1.0, 3.0, -3.0, 0.1, 1e300, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in [2.0, -2.0, 0.3, -0.3, 1e-300, float('inf'), float('-inf'), float('nan')]:
        print(a, b, a // b, a % b, divmod(a, b))
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 1.0 // 0)
t(lambda: 1 % 0.0)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, 5 % float('inf'), -5 % float('inf'), 5 // float('-inf'))
print(1e308 // 1e-308 if False else divmod(1e308, 1e-308)[0] > 1e300, 0.7 // 0.1, 0.7 % 0.1)
print(-0.0 % 5, 0.0 % -5, -0.0 // 5, 0.0 // -5)
