# classes: __getattribute__ intercepts every lookup; interplay with __getattr__ and methods
class Spy:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"
s = Spy()
print(s.x)
print(s.method())
try:
    s.missing
except AttributeError:
    print("AttributeError")
class Both:
    def __getattribute__(self, name):
        if name == "virtual":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr fallback: " + name
b = Both()
print(b.virtual, b.other)
class Override:
    def __getattribute__(self, name):
        return "always " + name
o = Override()
print(o.anything, o.__class__)
print(type(o).__name__)
