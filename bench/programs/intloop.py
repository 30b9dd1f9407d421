# Integer arithmetic in tight while/for loops: Collatz chain lengths,
# Euclid's gcd, bit mixing and modular arithmetic on small ints.


def collatz_total(limit):
    total = 0
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
    return total, best_n, best


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        b = (a * 7919) % 10007 + 1
        while b:
            a, b = b, a % b
        s += a
    return s


def mix(n):
    h = 2166136261
    for i in range(n):
        h ^= i & 0xFF
        h = (h * 16777619) & 0xFFFFFFFF
        h = ((h << 5) | (h >> 27)) & 0xFFFFFFFF
    return h


def main():
    t, bn, b = collatz_total(60000)
    print("collatz", t, bn, b, "gcd", gcd_sum(120000), "mix", mix(300000))


main()
