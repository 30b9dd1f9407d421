# expressions: arithmetic with mixed int/float/bool operands and result types
print(1 + 2.0, type(1 + 2.0).__name__)
print(True + 1, True + 1.5, type(True + True).__name__)
print(7 / 2, 6 / 2, type(6 / 2).__name__, -7 / 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7.0 // 2, -7.0 // 2, 7.5 // 2, -7.5 // 2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2 ** 10, 2 ** -2, 2.0 ** 3, (-8) ** 2, 10 ** 0, 0 ** 0)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(abs(-5), abs(-5.5), abs(True), -True)
print(3 * "ab", [0] * 3, (1,) * 2, 0 * "x", -1 * [1])
print(1 == 1.0, 0.5 == 1 / 2, 1.0 != 1)
for bad in ["1 + 'a'", "'a' - 'b'", "[1] + (2,)", "None + 1", "{} * 2", "'a' * 2.0"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
for z in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 / 0.0", "divmod(1, 0)", "0 ** -1"]:
    try:
        eval(z)
    except ZeroDivisionError as e:
        print(z, "->", e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
