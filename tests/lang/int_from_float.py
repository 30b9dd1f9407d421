# int: int(float) truncation, round, huge floats, inf/nan errors, __int__/__index__
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(-1e20))
print(int(1e100))
print(int(2.0 ** 80), int(123456789.99), int(-0.0))
print(int(float(2 ** 53 + 1)))
for v in [float("inf"), float("-inf")]:
    try:
        int(v)
    except OverflowError as e:
        print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(3.5), round(4.5), round(-0.5), round(0.49999), type(round(2.5)).__name__)
print(round(2.567, 1), round(1e20), round(-1.5))
class I:
    def __int__(self):
        return 7
class X:
    def __index__(self):
        return 9
class Tr:
    def __trunc__(self):
        return 3
print(int(I()), int(X()), hex(X()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][X()])
class Bad:
    def __int__(self):
        return "no"
try:
    int(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
print(int(True), int(False), int("7") + int(7.9))
print(float(2 ** 60) == 2 ** 60, 2 ** 60 + 1 == float(2 ** 60 + 1))
