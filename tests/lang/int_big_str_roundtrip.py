# int: decimal string conversions of big ints: str/int round trip, formatting, digit counts
for e in [10, 50, 100, 300, 1000]:
    n = 7 ** e
    s = str(n)
    print(e, len(s), s[:12], s[-12:], int(s) == n, int("-" + s) == -n)
n = int("1" * 200)
print(n % 97, n // 10 ** 190, len(str(n * n)))
print(str(-(10 ** 40) - 1), repr(10 ** 40 + 1))
print(format(2 ** 128, ","), format(-(2 ** 64), "_"))
print("%d" % 3 ** 80, "%x" % 3 ** 80, "%o" % 2 ** 70)
print(f"{2 ** 100:>40}|", f"{-(2 ** 100):+050d}")
x = 1
for i in range(1, 101):
    x = x * 3 + i
print(x)
print(int("0" * 50 + "42"), int("  +" + "9" * 30 + "  "))
