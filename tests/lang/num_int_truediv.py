def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# true division of ints gives correctly rounded floats
for a in [1, -1, 2, 7, 10, 0, -0, 2**53, 2**53 + 1, 2**54 + 1, 10**20, -10**20]:
    for b in [1, -1, 3, -3, 7, 2**53 + 1, 10**15]:
        print(a / b)
print(0 / -5, 0 / 5, (-0) / 5)
print(0 / -(10**30))
t(lambda: 1 / 0)
t(lambda: (10**30) / 0)
print(10**400 / 10**399, 10**399 / 10**400)
print((10**300 + 1) / 3 > 1e299)
t(lambda: 10**400 / 3)
t(lambda: 2**1024 / 1)
print((2**1024 - 2**971) / 1)
t(lambda: (2**1024 - 2**970) / 1 * 1)
print(2**1023 / 0.5 if False else 2**1023 / 2)
print(1 / 10**400, -1 / 10**400)
print(1 / 3, 2 / 3, -2 / 3)
print(12345678901234567890 / 10, 98765432109876543210987654321 / 123456789)
x = 10
x /= 4
print(x)
