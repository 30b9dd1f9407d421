# hypot with any number of arguments, and dist
import math

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(-3, -4), math.hypot(5, 12, 84))
print(math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot(0.0, -0.0), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 3), math.hypot(True, 1))
print(math.hypot(2**600, 2**600), math.hypot(1.5, 2.0), math.hypot(6, 8, 24))
print(math.hypot(*range(1, 11)), math.hypot(*[0.1] * 100))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist((5,), (2,)))
print(math.dist((1.5, 2.5), (1.5, 2.5)), math.dist((0, 0), (math.inf, 1)), math.dist(range(3), (1, 1, 1)))
print(math.dist((1e308, 0), (-1e308, 0)))
