# classes: nested classes, accessing outer names, classes defined in functions, closures in methods
class Outer:
    label = "outer"
    class Inner:
        label = "inner"
        def who(self):
            return self.label
    def make_inner(self):
        return self.Inner()
    class Config:
        debug = False
        class Deep:
            level = 3
print(Outer.Inner().who(), Outer().make_inner().label, Outer.Config.Deep.level)
def factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return base_value * 2
    return Made
A = factory(1)
B = factory(10)
print(A().get(), B().get(), A.value, B.value, A is not B, A.__name__)
class Counter:
    def make_incrementer(self, step):
        def inc():
            self.total = getattr(self, "total", 0) + step
            return self.total
        return inc
c = Counter()
inc2 = c.make_incrementer(2)
inc5 = c.make_incrementer(5)
print(inc2(), inc5(), inc2(), c.total)
class Tree:
    class Node:
        def __init__(self, v, *kids):
            self.v, self.kids = v, kids
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
t = Tree.Node(1, Tree.Node(2), Tree.Node(3, Tree.Node(4)))
print(t.total())
x = "module x"
class Scope:
    x = "class x"
    class Nested:
        y = x
print(Scope.Nested.y)
