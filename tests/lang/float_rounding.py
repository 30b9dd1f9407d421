# float: round() with ndigits, banker's rounding, representation error, negative ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1), (123.456, -1), (125.0, -1), (135.0, -1), (-0.55, 1)]:
    print(v, n, round(v, n))
print(round(1e300, 2), round(1.23456789e-10, 12), round(5.5, 0), round(-5.5, 0))
print(round(0.0), round(-0.0), round(-0.4), round(0.4, 0), round(-0.4, 0))
print(round(7, 2), round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -2))
print(type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
print(int(2.5 + 0.5), int(-2.5 - 0.5))
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
print(round(2 ** 70 + 0.0), round(float(10 ** 17) + 0.5))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
