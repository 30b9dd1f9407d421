def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# exact comparisons between ints and floats
pairs = [(2**53, 2.0**53), (2**53 + 1, 2.0**53), (2**53 - 1, 2.0**53), (2**63, 2.0**63), (2**63 - 1, 2.0**63),
         (-(2**63), -2.0**63), (-(2**63) - 1, -2.0**63), (10**400, 1e308), (-10**400, -1e308), (1, 1.5), (2, 1.5),
         (-1, -1.5), (-2, -1.5), (0, -0.0), (0, 0.0), (0, 5e-324), (0, -5e-324), (2**1024, float('inf')),
         (10**400, float('inf')), (-10**400, float('-inf')), (1, float('nan')), (2**80, float('nan')),
         (int(1e300), 1e300), (int(1e300) + 1, 1e300), (int(1e300) - 1, 1e300), (True, 1.0), (False, 0.5)]
for i, f in pairs:
    print(i == f, i != f, i < f, i <= f, i > f, i >= f, f == i, f < i, f > i, f <= i, f >= i)
print(sorted([3, 2.5, -1, 2**70, 1e20, -1e30, 0, -0.0]))
print(max(2**70, 1e21), min(-(2**70), -1e21), 2**70 in [1.0 * 2**70], 1e21 in {10**21})
