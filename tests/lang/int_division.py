# int: floor division and modulo sign rules with negatives, divmod identity
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q * b + r == a, q == a // b)
big = 10 ** 30 + 7
for b in [3, -3, 10 ** 15, -(10 ** 15)]:
    print(big // b, big % b, -big // b, -big % b)
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, 1 / 3)
print(2 ** 70 / 2 ** 69)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(e)
try:
    5 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399)
