# integer functions of math, with big ints
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(2**100, 2**80 * 3), math.gcd(3**50, 3**40 * 2**10), math.gcd(True, 5))
print(math.gcd(10**30 + 1, 10**20 + 1), math.gcd(-(2**70), -(2**65)))
print(math.lcm(), math.lcm(0), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.lcm(2**64, 3**40), math.lcm(2**70, 2**65 * 7))
for n in (0, 1, 2, 5, 10, 20, 21, 25, 30, 50):
    print("factorial", n, math.factorial(n))
f = math.factorial(500)
print(len(str(f)), f % 1000003, str(f)[:30])
print(math.factorial(True), math.factorial(False))
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)])
print(math.perm(5), math.perm(5, None), math.comb(0, 0), math.perm(0, 0))
print(math.comb(100, 50), math.comb(1000, 3), math.perm(30, 15))
print(math.comb(2**70, 3), math.perm(2**70, 2), math.comb(2**70, 2**70 - 1))
print(math.comb(300, 150) == math.factorial(300) // (math.factorial(150) ** 2))
for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**10, 2**64, 2**64 - 1, 10**40, 10**41 + 12345):
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(True))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.gcd(Idx(12), Idx(8)), math.factorial(Idx(6)), math.isqrt(Idx(50)), math.comb(Idx(5), Idx(2)))
print(type(math.gcd(True, True)).__name__, type(math.factorial(3)).__name__)
