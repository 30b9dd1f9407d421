# int: % and // tables for all sign combinations, checking a == b*(a//b) + a%b and sign of remainder
import sys
vals = [-13, -7, -1, 0, 1, 7, 13, 2 ** 65, -(2 ** 65)]
divs = [-5, -2, -1, 1, 2, 5, 2 ** 33, -(2 ** 33)]
bad = 0
for a in vals:
    row = []
    for b in divs:
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            bad += 1
        row.append((q, r))
    print(a, row[:6])
print("violations", bad)
print([(-7) % m for m in (2, 3, 4, 5)], [7 % m for m in (-2, -3, -4, -5)])
print(pow(-7, 3, 5), pow(7, 3, -5), -7 % 5, 7 % -5)
print((2 ** 100) % 12345, (-(2 ** 100)) % 12345, (2 ** 100) % -12345)
