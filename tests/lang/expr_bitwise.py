# expressions: bitwise operators on ints and bools, including negatives
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 0, 1 << 10, 1 << 70, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(True & 1).__name__, ~int(True), -False)
print(0xFF & ~0x0F, (1 << 64) - 1 & 0xFFFF)
print((2 ** 100) ^ (2 ** 100 + 1), -(2 ** 100) & 0xFF, -(2 ** 100) >> 98)
x = 0b1011
print(bin(x & 0b110), bin(x | 0b100), bin(x ^ x), bin(-x))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError", e)
print({1, 2} & {2, 3} == {2}, sorted({1, 2} | {3}), sorted({1, 2} ^ {2, 3}))
print(0 ^ 0, 255 ^ 255, 1 & 0)
