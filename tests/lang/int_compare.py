# int: comparisons between ints, floats, bools, big ints and inf/nan; sorting
print(1 < 2, 2 <= 2, 3 > 2, 3 >= 4, 5 == 5, 5 != 5)
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"), 1 != float("nan"))
print(True == 1, 0 == False, 2 > True)
print(sorted([3, -1, 2 ** 70, 0, -(2 ** 70), 5, True]))
print(max([1, 2.5, 2]), min([1, 0.5, True]))
print(0 == -0, 0 == 0.0, 0 == -0.0)
try:
    1 < "1"
except TypeError as e:
    print("TypeError", e)
try:
    1 >= None
except TypeError as e:
    print("TypeError", e)
print(1 == "1", 1 != "1", 1 == None, 1 == [1])
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], (2,) > (1, 99))
a = 10 ** 30
b = 10 ** 30
print(a == b, a is b or True)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
