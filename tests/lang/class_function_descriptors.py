# classes: plain functions are descriptors: __get__ creates bound methods; staticmethod/classmethod wrap
def standalone(self, x):
    return ("called with", type(self).__name__, x)
class A:
    pass
a = A()
bound = standalone.__get__(a, A)
print(bound(1), bound.__self__ is a, bound.__func__ is standalone)
A.method = standalone
print(a.method(2), A.method(a, 3))
print(standalone.__get__(None, A) is standalone)
sm = staticmethod(standalone)
A.sm = sm
print(A.sm(a, 4), a.sm("explicit self", 5))
A.cm = classmethod(lambda cls, v: (cls.__name__, v))
class B(A):
    pass
print(A.cm(1), B.cm(2), B().cm(3))
a.instance_func = standalone
try:
    a.instance_func(6)
except TypeError as e:
    print("TypeError: functions on instances are not bound")
print(a.instance_func(a, 7))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
inc = c.inc
inc(); inc()
print(c.n, Counter.inc(c), inc.__self__ is c)
