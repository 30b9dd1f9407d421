# randrange with start/stop/step and CPython's errors
import random

random.seed(7)

def check(args, expect):
    got = set()
    for _ in range(400):
        v = random.randrange(*args)
        if v not in expect:
            print("out of range", args, v)
            return
        got.add(v)
    print(args, sorted(got) == sorted(set(expect)), type(v).__name__)

check((10,), range(10))
check((1,), range(1))
check((5, 10), range(5, 10))
check((-5, 5), range(-5, 5))
check((0, 20, 3), range(0, 20, 3))
check((20, 0, -3), range(20, 0, -3))
check((-10, -20, -1), range(-10, -20, -1))
check((3, 4), [3])
check((True, 3), range(1, 3))
big = 2**100
for _ in range(200):
    v = random.randrange(big)
    assert 0 <= v < big
    w = random.randrange(-big, big, 7)
    assert -big <= w < big and (w + big) % 7 == 0
print("big ok")
print(max(random.randrange(2**64) for _ in range(200)) > 2**60)
print(random.randrange(start=2, stop=3), random.randrange(5, step=1, stop=6))
for args in [(0,), (-5,), (5, 2), (5, 5), (1, 10, 0), (10, 1, 2), (1, 10, -2), ("a",)]:
    try:
        print(random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for kw in [dict(start=5, step=2), dict(start=5, stop=None, step=3)]:
    try:
        print(random.randrange(**kw))
    except TypeError as e:
        print(kw, "TypeError", e)
print(random.randrange(5, None) in range(5))
