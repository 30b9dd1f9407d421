# classes: class vs instance attributes, mutation through class, shared mutable class attrs
class Dog:
    species = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("a"), Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, Dog.tricks, a.tricks is b.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print(hasattr(a, "name"), hasattr(Dog, "name"), getattr(a, "name"))
setattr(Dog, "legs", 4)
print(a.legs, Dog.legs)
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
c1 = Counter()
c2 = Counter()
print(c1.total, c2.total, Counter.total)
class Meth:
    def m(self):
        return "method"
obj = Meth()
obj.m = lambda: "instance override"
print(obj.m(), Meth().m())
del obj.m
print(obj.m())
print(Dog.__name__, Dog.__module__, Dog.add_trick.__name__)
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return self.Inner()
print(Outer.Inner.value, Outer().make().value, Outer.Inner.__name__)
