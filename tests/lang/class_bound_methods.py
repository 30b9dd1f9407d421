# functions: bound methods keep self, equality, calling via class with explicit self, __self__/__func__
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hi"):
        return "%s, %s" % (greeting, self.name)
g = Greeter("ann")
m = g.greet
print(m(), m("hello"), Greeter.greet(g), Greeter.greet(g, "yo"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(g.greet == g.greet, g.greet == Greeter("bob").greet)
actions = [Greeter("x").greet, Greeter("y").greet]
print([a("hey") for a in actions])
g.name = "changed"
print(m())
fn = Greeter.greet
print(fn(Greeter("plain function")))
class Cb:
    def __init__(self):
        self.log = []
    def record(self, v):
        self.log.append(v)
cb = Cb()
for f in [cb.record] * 3:
    f(len(cb.log))
print(cb.log)
print(list(map(Greeter("m").greet, ["a", "b"])))
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError", e)
class WithStatic:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(WithStatic().s(), WithStatic().c(), WithStatic.c.__self__ is WithStatic)
bm = [1, 2, 3].append
bm(4)
print(bm.__self__)
