# math.fsum is exact, sum() is not
import math

cases = [
    [],
    [0.0],
    [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [0.1] * 10,
    [1e308, -1e308, 1.0],
    [2.0 ** 53, -0.5, -2.0 ** -54],
    [2.0 ** 53, 1.0, 2.0 ** -100],
    [2.0 ** 53 - 1.0, 0.5, 2.0 ** -54],
    [1.0, 1e-16, 1e-16],
    [-0.0, -0.0],
    [-0.0, 0.0],
    [1e16, 1.0, 1e-16],
    [0.3, -0.1, -0.1, -0.1],
    [1.7976931348623157e308, -1.7976931348623157e308, 2.5],
    [5e-324, 5e-324, -5e-324],
    [1, 2, 3, 4],
    [True, 2.5, 10**20],
    [math.inf, 1.0],
    [-math.inf, -1e308, -1e308],
    [math.nan, 1.0],
    [math.inf, math.nan],
]
for c in cases:
    print(math.fsum(c), sum(c) if not any(isinstance(x, float) and x != x for x in c) else "-")
print(math.fsum(x / 10 for x in range(1, 11)))
print(math.fsum(iter([0.5, 0.25, 0.125])))
print(math.fsum(range(1000)))
print(math.fsum([(-1) ** k / (k + 1) for k in range(200)]))
vals = [((i * 7919) % 1000 - 500) * 10.0 ** ((i * 31) % 40 - 20) for i in range(300)]
print(math.fsum(vals), math.fsum(reversed(vals)) == math.fsum(vals), math.fsum(sorted(vals)) == math.fsum(vals))
