# inf, nan, signed zeros; frexp, ldexp, modf; classification; isclose
import math

inf, nan = math.inf, math.nan
for x in (0, 1, -1, 0.0, -0.0, 1e308, 5e-324, inf, -inf, nan, 10**300):
    print(repr(x)[:20], math.isfinite(x), math.isinf(x), math.isnan(x))
for x in (0, 1, 8, 0.1, -3.5, 5e-324, 1e308, 0.0, -0.0, inf, -inf, 2**80):
    print("frexp", x, math.frexp(x))
for m, e in ((0.5, 1), (1, 1023), (1, -1074), (1, -1075), (-0.75, 3), (3, 0), (inf, 5), (0.0, 5), (1.5, True)):
    print("ldexp", m, e, math.ldexp(m, e))
for x in (0, 3.5, -3.5, 1e20, 0.1, -0.0, inf, -inf, 7):
    print("modf", x, math.modf(x))
print(math.modf(nan))
print(math.isclose(1, 1), math.isclose(1, 1 + 1e-10), math.isclose(1, 1 + 1e-8))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(1e308, inf))
print(math.isclose(a=1.0, b=1.0000000001), math.isclose(1, 2, rel_tol=1, abs_tol=0))
try:
    math.isclose(1, 2, abs_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(math.copysign(0.0, -1), math.copysign(nan, -1) != math.copysign(nan, -1))
print(math.exp(-inf), math.exp(inf), math.exp(nan), math.log(inf), math.atan(inf), math.tanh(-inf))
print(math.sqrt(inf), math.sinh(-inf), math.cosh(-inf), math.expm1(-inf), math.log1p(inf), math.erf(inf), math.erfc(-inf))
print(math.fabs(nan), math.floor(1.0), math.fmod(-0.0, 1), math.fmod(0.0, -1))
print(math.degrees(inf), math.radians(-inf), math.hypot(inf), math.gamma(inf), math.lgamma(-inf), math.gamma(nan))
