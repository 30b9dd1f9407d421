# sample (without replacement) and choices (with replacement, weights)
import random

random.seed(5)
pop = list(range(20))
for k in (0, 1, 5, 20):
    s = random.sample(pop, k)
    print(k, len(s), len(set(s)) == k, all(x in pop for x in s))
print(pop == list(range(20)))
print(sorted(random.sample(range(100), 10)) != list(range(10)) or True, len(random.sample("abcdef", 3)))
print(sorted(random.sample((1, 2, 3), 3)))
c = random.choices("ab", k=1000)
print(len(c), set(c) == {"a", "b"}, 400 < c.count("a") < 600)
c = random.choices([1, 2, 3], weights=[0, 0, 1], k=50)
print(set(c))
c = random.choices([1, 2, 3], cum_weights=[1, 1, 2], k=300)
print(sorted(set(c)), 100 < c.count(1) < 200)
print(len(random.choices([1, 2])), random.choices([1, 2], k=0), random.choices([1, 2], k=-3))
c = random.choices(range(3), [1, 2, 3], k=600)
print(c.count(0) < c.count(2))
for f, a, kw in [(random.sample, ([1, 2], 3), {}), (random.sample, ([1, 2], -1), {}), (random.sample, ({1, 2}, 1), {}),
                 (random.choices, ([], ), {"k": 2}), (random.choices, ([1, 2], [1]), {}),
                 (random.choices, ([1, 2], [1, 1]), {"cum_weights": [1, 2]}), (random.choices, ([1, 2], [0, 0]), {})]:
    try:
        print(f(*a, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
