# float: repr/str use the shortest round-tripping form; exponent thresholds
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1.5e16, 1e-4, 1e-5,
        0.0001234, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        3.141592653589793, 2.718281828459045, 1e100, 12345678901234567.0, 0.1 + 0.2, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v))
print(float(1 << 53), float(2 ** 63), float(10 ** 20), float(10 ** 16))
print(1.0 * 10 ** 17, 123.0e-7, 4.35, 4.35 * 100, 0.57 * 100)
print([1.0, 2.5], (0.5,), {1.5: 2.25})
print(str(1e-7), str(-1e-7), str(1.0e6), str(1e21), str(1e-5 * 3))
print(float("1.10"), float("0.30000000000000004"), float("1e-10"))
for v in vals:
    assert float(repr(v)) == v
print("round trip ok")
print(2.0 ** 0.5, 10.0 / 7, 1e-9 + 1, 100 * 1.1)
