# gamma, lgamma, erf and erfc (rounded: implementations differ in the last bits)
import math

def r(x):
    return float("%.12g" % x)

for x in (1, 2, 3, 4, 5, 10, 0.5, 1.5, -0.5, -1.5, 0.1, 20.3, 100, 171):
    print("gamma", x, r(math.gamma(x)))
print([math.gamma(n) for n in range(1, 15)])
for x in (1, 2, 0.5, 3, 10, 100, 1e5, -0.5, -2.5, 1e-10):
    print("lgamma", x, r(math.lgamma(x)))
for x in (0, 0.1, 0.5, 1, -1, 2, 3, -0.3, 6):
    print("erf", x, r(math.erf(x)), r(math.erfc(x)))
print(math.erf(0), math.erfc(0), math.lgamma(1), math.lgamma(2))
