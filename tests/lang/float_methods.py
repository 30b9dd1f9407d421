# float: methods is_integer, as_integer_ratio, hex/fromhex, real/imag, conjugate, int conversions
for v in [0.5, 2.0, -3.75, 1e10, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag, v.conjugate())
print((1.0).hex(), (0.5).hex(), (-2.5).hex(), (0.1).hex())
print(float.fromhex("0x1p3"), float.fromhex("0x1.8p1"), float.fromhex("-0x10"))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print(int(7.99), int(-7.99), round(7.5), round(-7.5), round(7.45, 1))
print((2.5).__floor__() if hasattr(2.5, "__floor__") else 2, (2.5).__trunc__(), (-2.5).__ceil__())
print(float.__name__, (1.5).__class__.__name__, isinstance(1.5, float), isinstance(1, float))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__truediv__(0.5), (1.5).__add__("x"))
print(sum([0.5, 0.25, 0.125]), max(0.1, 0.2), min(-0.0, 0.0))
print(divmod(-0.5, 1), divmod(0.5, -1))
