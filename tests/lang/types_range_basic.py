# range: repr, len, iteration, truth, negative steps, empty ranges
print(range(5), range(0, 5), range(2, 10, 3), range(10, 0, -2), range(-3), range(0))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), list(range(-5, -1)), list(range(5, 5)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 1)), len(range(-10, 10, 7)))
print(bool(range(0)), bool(range(1)), bool(range(5, 1)), bool(range(5, 1, -1)))
r = range(1, 20, 4)
print(r.start, r.stop, r.step, range(7).start, range(7).step)
print(tuple(range(3)), [x * x for x in range(6)], sum(range(101)))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print(list(range(0, -10, -3)), list(range(-1, -10, -4)), list(range(1, 2, 100)))
print(range(3) == range(3), range(0) == range(5, 2), range(1, 2) == range(1, 3, 5), range(3) == [0, 1, 2])
print(range(0, 4, 2) == range(0, 3, 2), range(0, 10, 3) != range(0, 11, 3))
print(type(range(1)).__name__, repr(range(-5, 5, 5)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
it = iter(range(3))
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
big = range(0, 10**15, 10**12)
print(len(big), big[-1], big[500], 10**14 in big, 10**14 + 1 in big)
print(min(range(3, 9)), max(range(3, 9)), sorted(range(5, 0, -1)))
x = 0
for i in range(100000):
    x += i
print(x)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(1, I())), range(True, 5, True))
