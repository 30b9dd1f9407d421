# randint is inclusive at both ends
import random

random.seed(99)
seen = set()
for _ in range(2000):
    v = random.randint(-3, 3)
    assert -3 <= v <= 3
    seen.add(v)
print(sorted(seen))
print(set(random.randint(5, 5) for _ in range(10)))
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(all(850 < c < 1150 for c in counts))
b = 10**30
vals = [random.randint(b, b + 10) for _ in range(500)]
print(min(vals) >= b, max(vals) <= b + 10, len(set(vals)) == 11)
vals = [random.randint(0, 2**200) for _ in range(100)]
print(all(0 <= v <= 2**200 for v in vals), max(vals).bit_length() > 190)
for args in [(5, 2), ("a", 3), (1, None)]:
    try:
        print(random.randint(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
