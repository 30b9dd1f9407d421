# float: true division results for ints, exactness, huge operands, negative zero results
print(1 / 2, 1 / 3, 2 / 3, -1 / 3, 10 / 5, type(10 / 5).__name__)
print(7 / -2, -7 / 2, 0 / 5, 0 / -5, -0.0 / 5, 0.0 / -1)
print((10 ** 20) / (10 ** 10), (2 ** 100) / (2 ** 99), (10 ** 30 + 1) / 10 ** 30)
print((2 ** 1000) / (2 ** 999), 10 ** 300 / 10)
print(1 / 10 ** 300, 1 / 10 ** 308, 1 / 10 ** 400)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) / (10 ** 399), (3 * 10 ** 400) / (10 ** 400))
print(1e308 / 1e-10, -1e308 / 1e-10, 1e-308 / 1e10, 5e-324 / 2)
print(7.0 / 2, 7 / 2.0, 7.5 / 2.5, 1.1 / 1.1, 0.3 / 3)
print(divmod(7.0, 2), 7.0 // 2, 7.0 % 2, divmod(-7.0, 2))
print(9007199254740993 / 1, 9007199254740993 / 3)
