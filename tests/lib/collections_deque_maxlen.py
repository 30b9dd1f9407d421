# collections.deque with maxlen: items fall off the opposite end.
from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
print(deque(maxlen=0), deque([1, 2], maxlen=0), deque('abc', 2), deque(maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
m = deque([1, 2], maxlen=5)
m *= 4
print(m)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, m + deque([9, 9]), (m + deque([9])).maxlen)
m.rotate(1)
print(m)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as e:
    print('IndexError', e)
c = full.copy()
print(c, c.maxlen)
for bad in [-1, -10]:
    try:
        deque([], maxlen=bad)
    except ValueError as e:
        print('ValueError', e)
try:
    deque([], maxlen='3')
except TypeError as e:
    print('TypeError')
try:
    full.maxlen = 5
except AttributeError as e:
    print('AttributeError')
window = deque(maxlen=3)
sums = []
for v in [5, 1, 4, 2, 8, 7]:
    window.append(v)
    sums.append(sum(window))
print(sums)
