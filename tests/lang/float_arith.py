# float: arithmetic, floor division and modulo sign rules, divmod, pow
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 1 / 3, 2 / 3, 10 / 4)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 0.0 % 5, -0.0 % 5)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, 4.0 ** 0.5, 0.0 ** 0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(3.0 * 2, 3.0 + True, 3.0 - 1, 1 - 3.0)
print(abs(-2.5), -(-0.0), abs(-0.0), +1.5)
for expr in ["1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError")
print((-8.0) ** 2, (-8.0) ** -1, (-0.5) ** 3)
print(round(2.5), round(3.5), round(0.125, 2), round(0.375, 2), round(-1.5), round(1.23456, 3))
print(round(1.5, 0), round(12345.6789, -2), type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
print(sum([0.1] * 10), 0.1 * 10)
x = 1.0
x += 0.5; x *= 4; x /= 3; x -= 1; x //= 0.3; x %= 2; x **= 2
print(x)
