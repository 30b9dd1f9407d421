def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# integer powers, negative exponents (float results), errors
for b in [0, 1, -1, 2, -2, 3, 10, -10, 2**40]:
    for e in [0, 1, 2, 3, 5, 10, 17]:
        print(b, e, b ** e)
print(2 ** 100, (-2) ** 101, 3 ** 200)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 4 ** -0.5)
print(2 ** -2000, 10 ** -400)
t(lambda: 0 ** -1)
t(lambda: 0 ** -2)
t(lambda: (10**400) ** -1)
print(0 ** 0, 1 ** -1, (-1) ** -1, (-1) ** 10**20, (-1) ** (10**20 + 1), 1 ** 10**30, 0 ** 10**30)
print(2 ** 0.5, (-8) ** 2.0, 4 ** 0.5)
print(pow(2, 10), pow(-3, 3), pow(2, -1))
x = 3
x **= 40
print(x)
print(type(2 ** 2), type(2 ** -2))
print(2 ** 62, 2 ** 63, -(2 ** 63), (-2) ** 63)
print(7 ** 22, 7 ** 23)
print(True ** 5, False ** 0, 2 ** True)
