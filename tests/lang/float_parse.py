# float: float(str) parsing with whitespace, signs, exponents, underscores and errors
for s in ["1", "1.5", "  -2.25  ", "+3.", ".5", "1e3", "1E-3", "-1.5e+2", "1_000.5", "0x10" if False else "16",
          "inf", "-inf", "Infinity", "  nan  ", "1e400", "-1e400", "1e-400", "00012.5000",
          "123456789012345678901234567890", "0.000001", "4.9406564584124654e-324"]:
    print(repr(s), float(s))
for s in ["", " ", "abc", "1.5.5", "1e", "e5", "--1", "1 2", "1_", "_1", "1__0", "0x1p3", "in f", "nana"]:
    try:
        float(s)
        print(repr(s), "ok?")
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(float(), float(5), float(-0), float(True), float(10 ** 20))
print(float(b"1.25"), float(bytearray(b"-2")))
class F:
    def __float__(self):
        return 2.5
class IdxOnly:
    def __index__(self):
        return 4
print(float(F()), float(IdxOnly()))
try:
    float([1])
except TypeError as e:
    print("TypeError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(float("1" + "0" * 30), float("0." + "0" * 30 + "1"))
