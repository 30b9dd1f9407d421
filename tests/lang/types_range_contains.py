# range: membership, count, index (fast int paths and generic ones)
r = range(0, 20, 3)
print(0 in r, 3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 20 in r)
print(3.0 in r, 4.5 in r, "3" in r, None in r, True in range(2), False in range(1, 3))
n = range(10, -10, -4)
print(list(n), 10 in n, 6 in n, -6 in n, -10 in n, 7 in n, 11 in n)
print(r.count(3), r.count(4), r.count(3.0), r.count("x"), n.count(-2))
print(r.index(0), r.index(9), r.index(18), n.index(-6), r.index(6.0))
try:
    r.index(4)
except ValueError as e:
    print("ValueError", e)
try:
    r.index("a")
except ValueError as e:
    print("ValueError", e)
try:
    range(3).index(3)
except ValueError as e:
    print("ValueError", e)
big = range(-10**12, 10**12, 7)
print(0 in big, 7 * 10**10 - 10**12 in big, 10**12 in big, big.index(-10**12 + 14), big.count(-10**12))
print(10**30 in big, -10**30 in big)
print(5 not in range(5), 4 not in range(5))
