# float: numeric algorithms in pure floats: Newton sqrt, bisection root, trapezoid integration, series
def sqrt(x):
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for _ in range(100):
        ng = 0.5 * (g + x / g)
        if ng == g:
            break
        g = ng
    return g
for v in [2.0, 9.0, 0.25, 1e10, 1e-10, 12345.678]:
    print(v, sqrt(v), sqrt(v) == v ** 0.5)
def bisect(f, lo, hi):
    for _ in range(200):
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
    return lo
print(round(bisect(lambda x: x * x * x - x - 2, 1.0, 2.0), 12))
def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(round(trapezoid(lambda x: x * x, 0.0, 1.0, 1000), 9))
e = 0.0
term = 1.0
for k in range(1, 20):
    e += term
    term /= k
print(e)
pi = 0.0
for k in range(100000):
    pi += (-1.0) ** k / (2 * k + 1)
print(round(4 * pi, 4))
