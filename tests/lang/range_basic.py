# range: construction, len, indexing, slicing, containment, negative steps, equality, errors
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), range(0))
print(list(r), list(range(2, 8)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0, -5, -2)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-5, 5, 2)))
print(r[0], r[-1], range(0, 10, 3)[2], range(10, 0, -2)[-1])
print(r[2:5], r[::-1], r[::2], range(0, 20, 3)[1:4], list(range(0, 20, 3)[::-2]))
print(3 in r, 10 in r, -1 in r, 6 in range(0, 10, 3), 7 in range(0, 10, 3), 2.0 in r, "a" in r)
print(r.index(4), range(0, 10, 2).index(6), r.count(3), r.count(11))
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(0, 3 * 10 ** 9, 7)
print(len(big), big[-1], 10 ** 9 in big, 7 * 10 ** 8 in big, big[10 ** 8])
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: r[10], lambda: r.index(99), lambda: range("a")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bool(range(0)), bool(range(1)), repr(range(-3, 3, 2)), str(range(1)))
it = iter(range(3))
print(next(it), list(it))
print(hash(range(3)) == hash(range(0, 3)))
