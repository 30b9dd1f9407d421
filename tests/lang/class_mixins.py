# classes: mixin classes adding behaviour; method resolution picks leftmost; super chains through mixins
class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, getattr(self, k)) for k in self.fields)
        return "%s(%s)" % (type(self).__name__, fields)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
    __hash__ = None
class OrderMixin:
    def key(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __lt__(self, other):
        return self.key() < other.key()
class Point(ReprMixin, EqMixin, OrderMixin):
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(sorted([Point(2, 0), Point(1, 5), Point(1, 2)]))
print([k.__name__ for k in Point.__mro__])
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
class LogMixin:
    def save(self):
        print("log before save")
        result = super().save()
        print("log after save")
        return result
class Model:
    def save(self):
        print("model saved")
        return "ok"
class LoggedModel(LogMixin, Model):
    pass
print(LoggedModel().save())
class Greeting:
    def hello(self):
        return "hello"
class Loud:
    def hello(self):
        return super().hello().upper() + "!"
class LoudGreeting(Loud, Greeting):
    pass
print(LoudGreeting().hello())
