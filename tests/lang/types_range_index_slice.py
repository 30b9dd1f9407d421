# range: indexing and slicing (slices give ranges)
r = range(10)
print(r[0], r[9], r[-1], r[-10], r[3])
print(r[2:8], r[2:8:2], r[::-1], r[::2], r[1::3], r[-3:], r[:-3], r[8:2:-2], r[5:5], r[::-3])
print(range(0, 20, 3)[1:4], range(20, 0, -3)[::2], range(5, 50, 5)[-2:], range(1, 10)[100:])
print(list(r[::-1]) == list(r)[::-1], list(r[1:8:3]) == list(r)[1:8:3])
s = range(-5, 15, 4)
for sl in (slice(None), slice(1, None), slice(None, None, -1), slice(-2, None, -2), slice(10, -10, -1)):
    print(s[sl], list(s[sl]) == list(s)[sl])
print(range(3)[True], range(0, 100, 7)[slice(2, 5)])
for bad in (10, -11):
    try:
        r[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError", e)
try:
    r[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    r[::0]
except ValueError as e:
    print("ValueError", e)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del r[0]
except TypeError as e:
    print("TypeError", e)
e = range(0)
try:
    e[0]
except IndexError as ex:
    print("IndexError", ex)
print(e[:], e[::-1])
