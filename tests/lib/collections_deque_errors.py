# collections.deque error cases and mutation during iteration.
from collections import deque

for name in ['pop', 'popleft']:
    try:
        getattr(deque(), name)()
    except IndexError as e:
        print('IndexError', e)
d = deque([1, 2, 3])
for i in [3, -4, 100]:
    try:
        d[i]
    except IndexError as e:
        print('IndexError', e)
    try:
        d[i] = 0
    except IndexError as e:
        print('IndexError', e)
    try:
        del d[i]
    except IndexError as e:
        print('IndexError', e)
for bad in ['0', 1.5, None]:
    try:
        d[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    d.index(99)
except ValueError as e:
    print('ValueError', e)
try:
    d.index(1, 1)
except ValueError as e:
    print('ValueError', e)
try:
    d.remove('zz')
except ValueError as e:
    print('ValueError', e)
try:
    deque([1]) + [2]
except TypeError as e:
    print('TypeError', e)
try:
    hash(deque())
except TypeError as e:
    print('TypeError')
try:
    deque([1]) < [1]
except TypeError as e:
    print('TypeError')


class Idx:
    def __index__(self):
        return 1


print(d[Idx()])
try:
    deque(1)
except TypeError as e:
    print('TypeError', e)
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.popleft()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 100
print(list(it))


class Bad:
    def __eq__(self, other):
        q.clear()
        return False


q = deque([Bad(), Bad()])
try:
    q.count(0)
except RuntimeError as e:
    print('RuntimeError', e)
print(len(q))
