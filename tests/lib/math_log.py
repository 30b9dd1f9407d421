# logarithms, including ints too large for a float
import math

for x in (1, 2, 10, 0.5, 1e-300, 1e300, math.e, 2**1023, 1024, 7, 1000):
    print("log", x if x < 1e100 else "big", math.log(x), math.log2(x), math.log10(x))
for x in (10**400, 2**2000, 3**1000, 10**1000 + 1, 2**1024, 2**1024 - 1):
    print("bigint", math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(2, 8), math.log(10**400, 10), math.log(1000, 10**400))
print(math.log(0.5, 0.25), math.log(1, 5), math.log(5, 0.5), math.log(True), math.log(81, 3.0))
print(math.log1p(0), math.log1p(1e-20), math.log1p(1), math.log1p(-0.5), math.log10(1e-5), math.log2(0.125))
print(math.log(math.inf), math.log2(math.inf), math.log(math.nan), math.log10(math.nan))
try:
    math.log1p(10**400)
except OverflowError as e:
    print("OverflowError", e)
