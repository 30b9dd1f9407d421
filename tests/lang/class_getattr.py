# classes: __getattr__ is called only for missing attributes; AttributeError propagation; getattr default
class Proxy:
    def __init__(self, target):
        self._target = target
        self.own = "own attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print(p.own)
print(p.count(1))
p.append(0)
print(p._target)
try:
    p._hidden
except AttributeError as e:
    print("AttributeError", e)
print(getattr(p, "_nope", "default"), hasattr(p, "_x"), hasattr(p, "index"))
class Dyn:
    def __getattr__(self, name):
        return name.upper()
d = Dyn()
print(d.hello, d.x, getattr(d, "abc"))
d.hello = "set"
print(d.hello)
class Plain:
    pass
try:
    Plain().missing
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(Plain(), "missing")
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Plain(), "missing", None), hasattr(Plain(), "missing"))
class Raiser:
    @property
    def prop(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "fallback for " + name
print(Raiser().prop)
class Other:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Other(), "x")
except KeyError as e:
    print("KeyError propagates through hasattr", e)
try:
    getattr(Plain(), 5)
except TypeError as e:
    print("TypeError", e)
