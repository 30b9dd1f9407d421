# Monotonic clocks: types and consistency between the two.
import time

a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a)
n1 = time.monotonic_ns()
m = time.monotonic()
n2 = time.monotonic_ns()
print(type(n1).__name__, n2 >= n1)
print(n1 / 1e9 - 0.5 <= m <= n2 / 1e9 + 0.5)
prev = time.monotonic_ns()
ok = True
for i in range(1000):
    cur = time.monotonic_ns()
    ok = ok and cur >= prev
    prev = cur
print("non-decreasing:", ok)
