# int: str()/repr() of ints, conversion round trips, huge values
for n in [0, -0, 7, -7, 10 ** 18, -(10 ** 18), 2 ** 63 - 1, 2 ** 64, 12345678901234567890123]:
    s = str(n)
    print(s, repr(n), int(s) == n, len(s))
print(str(2 ** 1000)[:20], len(str(2 ** 1000)), str(2 ** 1000)[-10:])
print(str(3 ** 300))
print(int(str(7 ** 200)) == 7 ** 200)
f = 1
for i in range(2, 60):
    f *= i
print(f)
print(hex(f), oct(2 ** 70), bin(2 ** 40 + 1))
print(int(hex(f), 16) == f)
print("%d %5d %-5d| %x" % (10 ** 25, 42, -42, 2 ** 70))
print(f"{10 ** 25:,}")
print(-10 ** 25)
print(str(True), str(-1), repr(-1))
