# int: integer algorithms on big numbers: gcd, isqrt by Newton, modular inverse, base conversion
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(12, 18), gcd(-12, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50), gcd(3 ** 80 * 7, 3 ** 90 * 5))
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in [0, 1, 15, 16, 17, 10 ** 40, 10 ** 41, 2 ** 127 - 1]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
def egcd(a, b):
    if a == 0:
        return b, 0, 1
    g, x, y = egcd(b % a, a)
    return g, y - (b // a) * x, x
def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    return x % m if g == 1 else None
p = 2 ** 127 - 1
inv = modinv(123456789, p)
print(inv, inv * 123456789 % p, pow(123456789, -1, p) == inv)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" + s if neg else s
for n in [0, 255, -255, 2 ** 64, 3 ** 40]:
    print(to_base(n, 2)[-16:], to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
def collatz_len(n):
    c = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print(max(range(1, 1000), key=collatz_len), collatz_len(2 ** 100 + 1))
