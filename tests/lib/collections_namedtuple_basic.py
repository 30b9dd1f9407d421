# collections.namedtuple: a tuple subclass with named fields.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], len(p), list(p))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, Point.__name__)
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), (1, 2) == p)
print(Point(x=3, y=4), Point(5, y=6), Point(y=8, x=7))
print(Point._fields, Point._field_defaults, Point.__doc__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=10), p._replace(), p)
print(Point._make([3, 4]), Point._make(range(2)), Point._make(iter('ab')))
x, y = p
print(x, y, p + (3,), p[:1], p[::-1], p * 2, 2 in p, p.index(2), p.count(1))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(max(Point(5, 1)), sum(Point(3, 4)), tuple(p), dict(zip(p._fields, p)))
Color = namedtuple('Color', ['red', 'green', 'blue'])
c = Color(255, green=128, blue=0)
print(c, c.red + c.green + c.blue)
P3 = namedtuple('P3', 'a, b  c')
print(P3(1, 2, 3), P3._fields)
Single = namedtuple('Single', 'only')
print(Single(1), Single._make([5]), Single(1)._replace(only=2))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
Many = namedtuple('Many', ['f%d' % i for i in range(12)])
m = Many(*range(12))
print(m.f0, m.f11, m)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, type(v).__name__, isinstance(v, tuple))
print(Point.x.__doc__, Point.y.__doc__)
print(Point.__module__, Color.__module__)
import _collections_nt_helper
print(_collections_nt_helper.Remote, _collections_nt_helper.Remote(1, 2), namedtuple('M', 'a', module='mod.sub'))
