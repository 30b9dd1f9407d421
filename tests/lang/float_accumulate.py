# float: accumulation error, compensated summation by hand, comparisons with tolerance
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
def kahan(values):
    s = 0.0
    c = 0.0
    for v in values:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(kahan([0.1] * 10), kahan([1e16, 1.0, -1e16]), 1e16 + 1.0 - 1e16)
print(1e16 + 1 == 1e16, 1e15 + 1 == 1e15, 2 ** 53 + 1.0 == 2 ** 53)
def isclose(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)
print(isclose(0.1 + 0.2, 0.3), isclose(1e-10, 0, abs_tol=1e-9), isclose(1.0, 1.1))
x = 1.0
steps = 0
while 1.0 + x != 1.0:
    x /= 2
    steps += 1
print(steps, x * 2)
v = 1.0
n = 0
while v > 0:
    v /= 2
    n += 1
print(n)
print(0.1 * 3, 0.3 / 0.1, 3 * 0.1 == 0.3, 0.5 + 0.25 == 0.75)
