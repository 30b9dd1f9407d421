def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# complex powers
for b in [1 + 2j, 2j, -1 + 0j, 0.5 - 0.5j, 0j, 2 + 0j]:
    for e in [0, 1, 2, 3, -1, -2, 0.5, 1j, 1 + 1j, 2.0, 100, 101, -100]:
        t(lambda: b ** e)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** -2.5)
t(lambda: (2 + 0j) ** 1000)
t(lambda: (2 + 0j) ** 1e10)
t(lambda: complex('inf') ** 2)
t(lambda: (1e300 + 1e300j) ** 2)
t(lambda: 1j ** 1e300)
t(lambda: pow(1j, 2, 3))
print(2 ** (1 + 1j), 2.0 ** 1j, (-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5)
