# int: ** with negative exponents and bases, three-argument pow
print(2 ** 0, 2 ** 1, 2 ** 10, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -3, (-2) ** -1, 10 ** -2, type(2 ** -1).__name__)
print(0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(pow(2, 10), pow(2, -2), pow(-3, 3))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 1))
print(pow(3, -1, 7), pow(2, -1, 5), (pow(3, -1, 7) * 3) % 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, 3 ** 3 ** 0)
x = 5
x **= 2
print(x)
print(pow(10, 30), 10 ** 30 == pow(10, 30))
print(pow(7, 65537, 2 ** 61 - 1))
