# classes: __setattr__ and __delattr__ intercept all assignments/deletions; object.__setattr__ bypass
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
l = Logged()
l.b = 2
setattr(l, "c", 3)
print(l.a, l.b, l.c)
del l.b
delattr(l, "c")
print(hasattr(l, "b"), hasattr(l, "c"))
try:
    del l.zz
except AttributeError:
    print("AttributeError deleting missing")
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen(5)
print(f.x)
for action in [lambda: setattr(f, "x", 1), lambda: delattr(f, "x"), lambda: setattr(f, "y", 1)]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
class Validating:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("negative age")
        super().__setattr__(name, value)
v = Validating()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print("ValueError", e, v.age)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    setattr(v, 3, 1)
except TypeError as e:
    print("TypeError", e)
