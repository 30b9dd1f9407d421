def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# floor division and modulo: the result of % has the sign of the divisor
for a in [7, -7, 0, 1, -1, 13, -13, 2**65 + 3, -(2**65 + 3), 10**30, -(10**30)]:
    for b in [1, -1, 2, -2, 3, -3, 7, -7, 2**64, -(2**64), 10**15 + 1, -(10**15 + 1)]:
        q, r = a // b, a % b
        print(a, b, q, r, q * b + r == a)
t(lambda: 5 // 0)
t(lambda: 5 % 0)
t(lambda: (2**100) // 0)
t(lambda: (2**100) % 0)
t(lambda: 0 // 0)
print(-(2**62) // -1, -(2**63) // -1)
print((-2**62) % -1, (-2**63) % 7)
x = 10**30
x //= 7
print(x)
x %= 1000
print(x)
