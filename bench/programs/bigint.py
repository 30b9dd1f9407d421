# Arbitrary-precision integers: factorial, digits of pi by a Machin-formula
# arctan series on scaled integers, a spigot-style e expansion, powers,
# divmod and str() of large numbers.


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


def digit_sum(n):
    return sum(ord(c) - 48 for c in str(n))


def main():
    f = factorial(4000)
    p = pi_digits(8000)
    e = e_digits(8000)
    m = pow(3, 5000, 10 ** 40 + 7)
    q, r = divmod(f, 7 ** 500 + 12345)
    b = 1 << 4000
    x = (b - 1) ^ (b // 3)
    print("bigint", digit_sum(f), str(p)[-10:], str(e)[-10:], m % 1000000,
          digit_sum(q) + r % 1000, x.bit_length(), bin(x).count("1"))


main()
