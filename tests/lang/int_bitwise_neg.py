# int: bitwise and/or/xor/invert on negative and big numbers (two's complement semantics)
vals = [0, 1, -1, 6, -6, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 3]
for a in vals[:5]:
    print(a, [a & b for b in vals], [a | b for b in vals])
for a in vals:
    print(a, ~a, a ^ -1, a ^ 0xFF, a & 0xFFFF)
print(-(2 ** 100) | 1, -(2 ** 100) ^ (2 ** 100), (2 ** 100 - 1) & -(2 ** 50))
print(~(2 ** 100), ~-(2 ** 100))
m = 0xFFFFFFFF
print(-1 & m, (-123456) & m, hex(-2 & m))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(v) for v in [0, 1, 255, 2 ** 70 - 1, 12345]])
print((-1) ^ (-1), (-5) | (-3), (-5) & (-3), (-5) ^ (-3))
try:
    print(1 & "a")
except TypeError as e:
    print("TypeError", e)
x = -1
x &= 0xF0
print(x)
