# expressions: ** right associativity, unary minus binding, int/float result types, big results
print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** (3 ** 2))
print(-2 ** 2, (-2) ** 2, -(2 ** 2), 2 ** -2, -2 ** -2)
print(10 ** 2, 10 ** -2, 10.0 ** 2, 2 ** 0.5, 0 ** 0, 0.0 ** 0)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
print(3 ** 100)
print((-3) ** 33, (-1) ** 0, (-1.0) ** 3)
print(2 ** 64 == 18446744073709551616, 16 ** 0.5, 27 ** (1 / 3))
print(pow(2, 3), pow(2, 3, 3), pow(2.0, 3), pow(-2, 2))
x = 3
x **= 2
x **= 2
print(x)
print(1.5 ** 2, 2 ** 1.5, (-8) ** 2.0, 4 ** -0.5)
print((-8) ** 3, (-8.0) ** 3, (-0.5) ** 2, (-2) ** 10)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -2.5
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(True ** 2, 2 ** True, False ** 0)
