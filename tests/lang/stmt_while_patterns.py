# statements: while loops: countdown, sentinel, binary search, digit extraction, convergence
n = 5
while n:
    print(n, end=" ")
    n -= 1
print()
data = [3, 8, 1, 0, 5]
i = 0
while data[i] != 0:
    i += 1
print("sentinel at", i)
def bsearch(seq, target):
    lo, hi = 0, len(seq) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
seq = list(range(0, 100, 3))
print(bsearch(seq, 27), bsearch(seq, 28), bsearch(seq, 0), bsearch(seq, 99))
num = 9876543210
digits = []
while num:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits)
x = 2.0
steps = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    steps += 1
print(round(x, 10), steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
