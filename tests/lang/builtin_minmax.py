# builtins: min/max with iterables, multiple args, key, default, ties, and errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1.5, -2, 0)))
print(max([1, 3, 3, 2], key=lambda v: -v), min(["bb", "a", "ccc"], key=len), max(["bb", "aa"], key=len))
print(min([], default=None), max([], default="empty"), max([7], default=0))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max(range(10), key=lambda v: v % 4))
print(min(-0.0, 0.0), max(0.0, -0.0), max(1, 1.0), max(1.0, 1), min(True, 1))
print(max("apple", "banana", key=lambda s: s[-1]), min("b", "a", "c"))
for args, kw in [((), {}), (([],), {}), ((1,), {}), (([1], [2]), {"default": 0}), ((1, "a"), {})]:
    try:
        print(min(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max(x * x for x in range(-5, 3)), min(abs(x) for x in [-3, 2, -1]))
nan = float("nan")
print(max(1, nan), max(nan, 1), min([2, nan, 1]))
