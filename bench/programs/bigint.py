# Arbitrary-precision integers: factorial, digits of pi (Machin's formula)
# and e (Taylor series) on scaled integers, an integer square root by
# Newton's method, RSA-sized modular powers, Lucas-Lehmer primality tests,
# divmod, bit operations and decimal conversion of large numbers.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def arctan_inv(x, scale):
    # arctan(1/x) * scale, summing the alternating series term by term.
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def pi_digits(ndigits):
    scale = 10 ** (ndigits + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return pi // 10 ** 10


def e_digits(ndigits):
    scale = 10 ** (ndigits + 10)
    total = 0
    term = scale
    k = 1
    while term:
        total += term
        term //= k
        k += 1
    return total // 10 ** 10


def is_mersenne_prime(p):
    # Lucas-Lehmer test of 2**p - 1 for an odd prime p.
    m = (1 << p) - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0


def small_primes(limit):
    return [n for n in range(3, limit)
            if all(n % d for d in range(2, int(n ** 0.5) + 1))]


def isqrt(n):
    # Newton's iteration from an over-estimate; decreases monotonically.
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) >> 1
        if y >= x:
            return x
        x = y


def modpow_chain(rounds):
    # RSA-sized modular exponentiation with a fixed 1024-bit odd modulus.
    n = (1 << 1023) + 1155
    d = (1 << 1021) - 3 ** 600
    c = 123456789
    for _ in range(rounds):
        c = pow(c, 65537, n) ^ pow(c + 7, d, n)
    return c


def digit_sum(n):
    # Peel nine decimal digits at a time with divmod (str() of numbers over
    # 4300 digits is refused by CPython's default limit).
    total = 0
    chunk = 10 ** 9
    while n:
        n, r = divmod(n, chunk)
        while r:
            total += r % 10
            r //= 10
    return total


def main():
    f = factorial(10000)
    p = pi_digits(10000)
    e = e_digits(10000)
    s2 = isqrt(2 * 10 ** 16000)
    m = pow(3, 1 << 3000, (1 << 1279) - 1)
    rsa = modpow_chain(30)
    q, r = divmod(f, 7 ** 500 + 12345)
    b = 1 << 40000
    x = (b - 1) ^ (b // 3)
    low = 10 ** 10
    mersenne = [n for n in small_primes(900) if is_mersenne_prime(n)]
    print("bigint", digit_sum(f), p % low, e % low, s2 % low, m % 1000000,
          rsa % low, digit_sum(q) + r % 1000, x.bit_length(),
          bin(x).count("1"), str(f // 10 ** (len(bin(f)) * 3 // 10 - 10))[:8],
          mersenne)


main()
