# getrandbits(k) gives k random bits as an int, big ones too
import random

random.seed(2024)
for k in (0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 1000):
    vals = [random.getrandbits(k) for _ in range(200)]
    ok = all(0 <= v < 2**k for v in vals) and all(type(v) is int for v in vals)
    top = max(vals).bit_length() == k if k else max(vals) == 0
    print(k, ok, top)
ones = sum(bin(random.getrandbits(64)).count("1") for _ in range(500))
print(30000 < ones < 34000)
print(random.getrandbits(True) in (0, 1))
for bad in (-1, 1.5, "a", None):
    try:
        print(random.getrandbits(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
