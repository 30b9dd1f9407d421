# classes: classmethod and staticmethod via class and instance, inheritance, alternate constructors
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
print(Date.kind(), MyDate.kind(), MyDate(1, 2, 3).kind(), Date.count)
def plain(x):
    return x * 2
class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls, y: (cls.__name__, y))
print(Holder.f(4), Holder().f(5), Holder.g(1), Holder().g(2))
sm = staticmethod(plain)
print(isinstance(sm, staticmethod), type(sm).__name__)
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.inc(), Counter.inc(), SubCounter.inc(), Counter.n, SubCounter.n)
