# classes: __enter__/__exit__ protocol details: return value, exception args, suppression, re-raise
class Tracker:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et is None, repr(ev))
        return et is not None and issubclass(et, self.swallow)
with Tracker("plain") as t:
    print("inside", t.name)
with Tracker("swallow", (KeyError,)):
    raise KeyError("gone")
try:
    with Tracker("no-swallow", (KeyError,)):
        raise ValueError("stays")
except ValueError as e:
    print("caught", e)
class ExitRaises:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises() as x:
        print("x is", x)
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("body should not run")
except OSError as e:
    print("OSError", e)
def gen_with():
    with Tracker("in func"):
        return "returned value"
print(gen_with())
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("final depth", Reentrant.depth)
