# float: comparisons and equality with ints, including beyond 2**53 and huge ints
print(1 == 1.0, 1.0 == True, 2 < 2.5, 3 > 2.9999, -1 < -0.5)
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 30 == 1e30, 10 ** 30 < 1e30, int(1e30))
print(2 ** 1024 > 1.7976931348623157e308, -(2 ** 1024) < -1.7976931348623157e308)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") == 10 ** 1000)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0) == hash(0), hash(2.5) == hash(2.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(sorted(s), len(s))
print(sorted([3, 1.5, 2, 0.5, -1, True]))
print(max(2, 2.0), type(max(2, 2.0)).__name__, type(max(2.0, 2)).__name__)
print(1.5 in [1, 2], 2.0 in [1, 2], 2 in [2.0], [1, 2] == [1.0, 2.0])
print((1, 2.0) == (1.0, 2), {1: 0} == {1.0: 0})
print(9007199254740993 < 9007199254740994.0, 9007199254740993 == 9007199254740992.0)
