# random() and uniform() stay in range and look uniform
import random

random.seed(42)
xs = [random.random() for _ in range(20000)]
print(min(xs) >= 0.0, max(xs) < 1.0, type(xs[0]).__name__)
mean = sum(xs) / len(xs)
print("mean ok", 0.48 < mean < 0.52)
buckets = [0] * 10
for x in xs:
    buckets[int(x * 10)] += 1
print("buckets ok", all(1800 < b < 2200 for b in buckets))
print("distinct", len(set(xs)) > 19990)
us = [random.uniform(-3, 5) for _ in range(5000)]
print(min(us) >= -3, max(us) <= 5, 0.8 < sum(us) / len(us) < 1.2)
us = [random.uniform(5, 2) for _ in range(1000)]
print(min(us) >= 2, max(us) <= 5)
print(random.uniform(3, 3), type(random.uniform(1, 2)).__name__, type(random.uniform(1.5, 2)).__name__)
try:
    random.uniform("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    random.random(1)
except TypeError:
    print("TypeError for an argument")
