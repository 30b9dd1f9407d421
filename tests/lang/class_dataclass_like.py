# classes: hand-written record class with __init__ from field list, __eq__, __repr__, __hash__, ordering
class Record:
    fields = ()
    def __init__(self, *args, **kw):
        if len(args) > len(self.fields):
            raise TypeError("too many arguments")
        values = dict(zip(self.fields, args))
        for k, v in kw.items():
            if k not in self.fields:
                raise TypeError("unknown field " + k)
            if k in values:
                raise TypeError("duplicate field " + k)
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError("missing " + ", ".join(missing))
        for k in self.fields:
            setattr(self, k, values[k])
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))
    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()
    def __hash__(self):
        return hash(self.astuple())
    def __lt__(self, other):
        return self.astuple() < other.astuple()
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age")
p = Point(1, y=2)
print(p, p == Point(1, 2), p == Point(2, 1), len({p, Point(1, 2)}))
print(sorted([Person("bob", 30), Person("ann", 40), Person("ann", 20)]))
for args, kw in [((1, 2, 3), {}), ((1,), {}), ((1,), {"x": 2}), ((), {"z": 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print(Point(0, 0) == (0, 0), Person("a", 1).astuple())
