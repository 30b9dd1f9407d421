# int: large factorials and Fibonacci numbers, digit sums, trailing zeros
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
s = str(f100)
print(len(s) - len(s.rstrip("0")))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length(), a // 10 ** 60)
print(fact(50) // fact(48), fact(20) // (fact(10) * fact(10)))
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(binom(100, 50), binom(60, 30) == fact(60) // (fact(30) ** 2))
print([binom(10, k) for k in range(11)])
p = 1
for i in range(1, 40):
    p *= 2 * i - 1
print(p)
print(2 ** 521 - 1)
