# float: inf and nan behaviour in arithmetic, comparisons, conversion and formatting
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float("infinity"))
print(float("INF"), float("-Infinity"), float("nan"), float("-NaN"), float("+inf"))
print(max(1, inf), min(-inf, 5), sorted([3, inf, -inf, 0]))
print(inf // 1, inf % 1 if False else "skip", -inf // 1)
print(1 % inf, -1 % inf, 1 // inf, -1 // inf)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0)
print([nan] == [nan], nan in [nan], [x for x in [1, nan, 2] if x == x])
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** inf, 0.5 ** inf, 2 ** -inf)
print(abs(-inf), abs(nan), -(-inf))
print(int(1e300 * 1e300 == inf), 1e300 * 1e300)
print(round(inf) if False else "skip", round(2.5e300) > 0)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError", e)
print(inf.is_integer(), (5.0).is_integer(), nan.is_integer())
print(format(inf, ".2f"), format(-inf, "e"), "%f" % nan, f"{inf:>6}")
