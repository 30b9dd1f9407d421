# classes: classmethods receive the subclass; alternative constructors and registries per subclass
class Shape:
    sides = 0
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(cls.__name__)
        return obj
    @classmethod
    def describe(cls):
        return "%s with %d sides" % (cls.__name__, cls.sides)
    def __init__(self, size=1):
        self.size = size
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    registry = []
    @classmethod
    def describe(cls):
        return "square! " + super().describe()
t = Triangle.create(2)
s = Square.create(5)
print(type(t).__name__, t.size, type(s).__name__, s.size)
print(Shape.registry, Square.registry)
print(Shape.describe(), Triangle.describe(), Square.describe(), s.describe())
class Meta:
    @classmethod
    def make_sub(cls, name):
        return type(name, (cls,), {"tag": name.lower()})
Dyn = Meta.make_sub("Dynamic")
print(Dyn.__name__, Dyn.tag, issubclass(Dyn, Meta), Dyn.make_sub("Deeper").__mro__[1].__name__)
