# classes: abstract-method pattern with NotImplementedError, template methods, overriding
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
for shape in [Square(3), Circle(1), Shape()]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e, e.args)
print(issubclass(NotImplementedError, RuntimeError), NotImplementedError.__name__)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught as RuntimeError", type(e).__name__, repr(e))
print(NotImplemented is not NotImplementedError)
class Visitor:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, self.generic)
        return meth(node)
    def generic(self, node):
        return "generic " + type(node).__name__
    def visit_int(self, node):
        return "int %d" % node
    def visit_str(self, node):
        return "str %s" % node
v = Visitor()
print(v.visit(5), v.visit("x"), v.visit(1.5), v.visit([]))
