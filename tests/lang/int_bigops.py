# int: big integer arithmetic +, -, *, //, %, ** and comparisons
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 12345, a % 12345, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3)
print(10 ** 50 + 1, 10 ** 50 - 1)
print(a > b, a < b, a == 2 ** 100, a != a + 1)
print((a * b) // b == a, (a * b) % b)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (x // 1000), x % 1000003)
big_neg = -(10 ** 40)
print(big_neg, abs(big_neg), -big_neg, big_neg * big_neg)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 32 * 2 ** 32)
print((2 ** 64) // (2 ** 32), (2 ** 64 + 5) % (2 ** 32))
print(12345678901234567890 * 98765432109876543210)
print(pow(3, 200, 10 ** 9 + 7), pow(2, 1000) % 1000)
print(7 ** 77 // 7 ** 76)
n = 2 ** 200
print(n.bit_length(), (n - 1).bit_length(), len(str(n)))
print(int("9" * 60) + 1)
print(1 - 10 ** 30 == -(10 ** 30 - 1))
