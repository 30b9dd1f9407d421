# math constants and the elementary functions on ordinary values
import math

print(math.e, math.pi, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.pi * 2 == math.tau)

for x in [0, 0.5, 1, 2, 3.75, 10, 100, 1e-300, 1e300, 7, 2**60]:
    print("sqrt", x, math.sqrt(x))
print(math.sqrt(-0.0), math.sqrt(True))

for x in [0, 1, -1, 0.5, 10, -10, 700, -745, 1e-10]:
    print("exp", x, math.exp(x), math.expm1(x))

for f in (math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh):
    print(f.__name__, [f(x) for x in (0, 0.5, 1, -1, 2, -2.5, 3)])
for f in (math.asin, math.acos, math.atanh):
    print(f.__name__, [f(x) for x in (0, 0.5, -0.5, 0.25, 0.999)])
print("acosh", [math.acosh(x) for x in (1, 1.5, 2, 10, 1e10)])
print("atan2", [math.atan2(y, x) for y in (-1, 0, 1) for x in (-1, 0, 1)])
print("atan2", math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(1, math.inf), math.atan2(math.inf, math.inf))

print("pow", math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5), math.pow(10, -2))
print("pow", math.pow(0, 0), math.pow(0.0, 3), math.pow(-0.0, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print("pow", math.pow(math.inf, 2), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print("fabs", math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-math.inf))
print("degrees", math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(1), math.radians(-90))
print("cbrt", math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5))
print("ulp", math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf))
print("nextafter", math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(3, 3))
print("remainder", math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, math.inf))
print("fmod", math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 2), math.fmod(3, math.inf))
print("copysign", math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(3, -math.nan), math.copysign(math.inf, -1))
