# tuple: indexing with negatives, slices with steps, errors
t = tuple(range(10))
print(t[0], t[9], t[-1], t[-10])
print(t[2:5], t[:3], t[7:], t[-3:], t[:-3], t[::2], t[1::3], t[::-1], t[::-3])
print(t[8:2:-2], t[2:8:-1], t[100:], t[-100:2], t[5:5], t[3:1])
print(t[:] is t, t[0:10] is t, t[::1] is t)
print(t[slice(1, 4)], t[slice(None, None, -4)])
print(t[True], t[False:True])
for bad in (10, -11, 100):
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    t["x"]
except TypeError as e:
    print("TypeError", e)
try:
    t[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    t[::0]
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
e = ()
try:
    e[0]
except IndexError as ex:
    print("IndexError", ex)
print(e[:], e[::-1], e[5:10])
