# code.py: the program a CircuitPython board runs at start-up.
# This one needs no hardware yet: it greets you and does a little sums.

print("Hello from circuitpython!")


def fib(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


numbers = fib(15)
print("Fibonacci:", numbers)
print("Primes among them:", [n for n in numbers if is_prime(n)])
print("Sum of squares 1..10:", sum(i * i for i in range(1, 11)))
print("2 ** 100 =", 2 ** 100)

counts = {}
for ch in "circuitpython":
    counts[ch] = counts.get(ch, 0) + 1
common = max(counts, key=counts.get)
print(f"Most common letter in 'circuitpython': {common!r} ({counts[common]} times)")
print("Done. Next: blink an LED with board and digitalio (coming soon).")
