def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# big int multiplication
vals = [0, 1, -1, 3, -7, 2**30, 2**31 + 1, -(2**32), 2**62, 2**63 - 1, 10**19, -10**25, 2**128 + 1, -(3**100)]
for a in vals:
    for b in vals:
        print(a * b)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f * -f)
print((2**61 + 1) * (2**61 - 1) == 2**122 - 1)
print((10**50 + 1) ** 2)
print(123456789 * 987654321 * 135792468 * 864209753)
print(-1 * 2**62, 2**62 * -1, -(2**62) * -1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(4611686018427387904 * 2, -4611686018427387904 * 2)
