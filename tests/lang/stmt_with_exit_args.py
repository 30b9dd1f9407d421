# statements: with statement passes (type, value, traceback) to __exit__; exception object identity
class Capture:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.et, self.ev = et, ev
        return True
c = Capture()
err = ValueError("v")
with c:
    raise err
print(c.et.__name__, c.ev is err, c.ev.args)
with c:
    pass
print(c.et, c.ev)
with c:
    raise KeyError
print(c.et.__name__, repr(c.ev))
class Truthy:
    def __enter__(self):
        return "entered"
    def __exit__(self, *args):
        return "non-empty string is truthy"
with Truthy() as val:
    print(val)
    raise IndexError("suppressed by truthy return")
print("after truthy suppression")
class Falsy:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return 0
try:
    with Falsy():
        raise IndexError("not suppressed")
except IndexError as e:
    print("propagated", e)
class Order:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with Order(1) as a, Order(2) as b, Order(3) as c3:
    print("body", a, b, c3)
