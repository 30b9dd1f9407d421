# range: iteration forwards/backwards, negative steps, reversed, membership of non-ints, zip with range
print(list(range(10, 0, -3)), list(range(-5, 5, 3)), list(range(5, 5)), list(range(5, 0)))
print(list(reversed(range(1, 10, 2))), list(reversed(range(10, 0, -4))), list(reversed(range(0))))
print(range(0, 10, 2)[::-1], range(10)[-3:], range(10)[::-2], range(1, 10, 3)[1:])
print(list(zip(range(3), range(10, 13))), dict(zip("abc", range(3))))
print(sum(range(0, 101, 5)), len(range(-10, 10, 3)), range(-10, 10, 3)[-1])
print(3.0 in range(5), 3.5 in range(5), True in range(2), "3" in range(5))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
r = range(5)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2), list(it1))
print(range(3) == range(0, 3, 1), range(1, 1) == range(2, 2), hash(range(2)) == hash(range(0, 2)))
print(range(2 ** 64, 2 ** 64 + 3)[1], 2 ** 64 + 2 in range(2 ** 64, 2 ** 64 + 3))
print(list(range(3)) * 2, [i * i for i in range(1, 6)])
