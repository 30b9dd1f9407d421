# namedtuple: field validation, rename, defaults and argument errors.
from collections import namedtuple

for args in [('1x', 'a'), ('X', 'a class'), ('X', 'a _b'), ('X', 'a a'), ('X', 'a-b'), ('def', 'a'),
             ('X', 'a None'), ('X', ['ok', 'with space']), ('X', 'a 2b'), ('', 'a'), ('X', ['a', ''])]:
    try:
        namedtuple(*args)
        print(args, 'ok')
    except ValueError as e:
        print(args, 'ValueError', e)
R = namedtuple('R', 'a def a _x 1 b', rename=True)
print(R._fields)
R2 = namedtuple('R2', ['abc', 'abc', 'class', '_private', 'ok'], rename=True)
print(R2._fields, R2(1, 2, 3, 4, 5))
D = namedtuple('D', 'a b c', defaults=[10, 20])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults, D(c=5, a=0))
D2 = namedtuple('D2', 'a b', defaults=(None, 'x'))
print(D2(), D2._field_defaults)
D3 = namedtuple('D3', 'a b', defaults=iter([7]))
print(D3(1), D3._field_defaults)
try:
    namedtuple('X', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError', e)
P = namedtuple('P', 'x y')
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((), {}), ((1,), {'x': 2}), ((1, 2), {'z': 3})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    P._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    P._make([1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    P(1, 2)._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    P(1, 2)._replace(x=0, q=1, r=2)
except ValueError as e:
    print('ValueError', e)
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
try:
    p[0] = 5
except TypeError:
    print('TypeError')
