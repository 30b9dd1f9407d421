def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# complex arithmetic and comparisons
zs = [0j, 1j, 1 + 2j, -3.5 + 0.5j, 1e300 + 1e300j, complex(0.0, -0.0)]
others = [0, 2, -1.5, True, 3j, 1 - 1j]
for a in zs:
    for b in others:
        t(lambda: (a + b, a - b, a * b, b + a, b - a, b * a))
        t(lambda: a / b)
        t(lambda: b / a)
print((1 + 2j) / (3 - 4j), 1 / (1 + 1j), (1e300 + 1e300j) / (1e-300 + 1e-300j), (1 + 1j) / complex(float('nan'), 0))
t(lambda: (1 + 1j) / 0)
t(lambda: (1 + 1j) / 0.0)
t(lambda: 1 / 0j)
t(lambda: (1 + 1j) // 2)
t(lambda: (1 + 1j) % 2)
t(lambda: divmod(1j, 2))
t(lambda: 1j < 2j)
t(lambda: 1j >= 1)
t(lambda: 1 < 1j)
t(lambda: 1j + 10**400)
t(lambda: 1j & 1)
print(1j == 1j, (1 + 0j) == 1, (1 + 0j) == 1.0, 1 == (1 + 0j), 1.0 == 1 + 0j, 1j != 1, (2**53 + 1 + 0j) == 2**53 + 1)
print((1 + 0j) == 10**400, 1j == None, 1j == 'x', (0j) == False, True == 1 + 0j)
print(abs(3 + 4j), abs(-5j), abs(complex(float('inf'), float('nan'))), abs(complex(1e308, 1e308)))
t(lambda: abs(complex(1.7e308, 1.7e308)))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(complex(0.5, 0.25)), hash(-1 + 0j))
x = 1 + 1j
x += 1
x *= 1j
x -= 2
x /= 2
print(x)
