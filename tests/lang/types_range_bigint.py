# range with bounds beyond the machine word
r = range(2 ** 64, 2 ** 64 + 3)
print(r, r[1], 2 ** 64 + 2 in r, len(r), list(r), r[-1], r[::-1], list(reversed(r)))
b = range(-2 ** 70, 2 ** 70, 2 ** 68)
print(b, b[3], b.index(0), b.count(2 ** 68), 2 ** 68 + 1 in b, b[1:3], b.start, b.stop, b.step)
try:
    len(range(2 ** 100))
except OverflowError as e:
    print("OverflowError", e)
print(bool(range(2 ** 100)), range(2 ** 100)[2 ** 99], range(2 ** 100)[-1] == 2 ** 100 - 1)
print(range(0, 2 ** 65, 2 ** 64) == range(0, 2 ** 64 + 1, 2 ** 64), hash(range(2 ** 64, 2 ** 64 + 1)) == hash(range(2 ** 64, 2 ** 64 + 1, 7)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
for i in range(2 ** 64, 2 ** 64 + 2):
    print(i)
try:
    range(2 ** 64)[2 ** 64]
except IndexError as e:
    print("IndexError", e)
try:
    range(0, 2 ** 64, 0)
except ValueError as e:
    print("ValueError", e)
print(range(5, 2 ** 64).index(7), 1.0 in range(2 ** 64, 2 ** 64 + 1), (2.0 ** 64) in range(2 ** 64, 2 ** 64 + 1))
