def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float powers and their special cases
for b in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, float('inf'), float('-inf'), float('nan')]:
    for e in [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, float('inf'), float('-inf'), float('nan')]:
        t(lambda: b ** e)
t(lambda: 0.0 ** -1)
t(lambda: 0.0 ** -1.5)
t(lambda: 10.0 ** 400)
t(lambda: 2.0 ** 10000)
t(lambda: (-2.0) ** 10001)
t(lambda: 1e308 ** 2)
t(lambda: 2.0 ** -10000)
t(lambda: (-8.0) ** (1 / 3))
t(lambda: (-1.0) ** 0.5)
t(lambda: (-8) ** 0.5)
t(lambda: 2.0 ** (1 << 64))
t(lambda: 0.5 ** (1 << 64))
t(lambda: (-1.0) ** (1 << 64))
t(lambda: (-1.0) ** ((1 << 64) + 1))
print(pow(2.0, 3), pow(2, 0.5), 9 ** 0.5, 2 ** -1.0)
