# int: left/right shifts on small, big and negative numbers
for n in [0, 1, 5, -1, -5, 255, -256, 2 ** 65, -(2 ** 65)]:
    print(n, n << 1, n << 33, n >> 1, n >> 3, n >> 70)
print(1 << 128, (1 << 128) >> 127, -1 >> 1, -2 >> 1, -3 >> 1)
print(0 << 1000, 1 << 0, 7 >> 0)
print((123456789 << 100) >> 100)
print(-7 >> 1, -7 // 2)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError", e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(True << 3, 5 >> True)
