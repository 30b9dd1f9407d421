# float: sorting and min/max with negative zero, infinities; hashing of special values
vals = [3.5, -1.0, float("inf"), 0.0, -0.0, float("-inf"), 2, -7, 1e-300]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(vals), max(vals), min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0))
print(sorted([1, 1.0, True]), sorted([True, 1.0, 1]))
print(hash(float("inf")) == hash(float("inf")), hash(-0.0) == hash(0.0), hash(1e300) == hash(1e300))
d = {0.0: "zero"}
d[-0.0] = "neg zero"
print(d, len({0.0, -0.0}))
inf = float("inf")
print(inf in [inf], -inf < -1e308 < 0 < 1e308 < inf, sorted([inf, -inf, inf]))
print(sum(sorted([0.1, 1e20, -1e20, 0.2])), sorted([0.2, 0.1, 0.30000000000000004, 0.3]))
