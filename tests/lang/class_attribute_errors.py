# classes: AttributeError messages for instances, classes, modules and builtins
class Thing:
    existing = 1
t = Thing()
def show(fn):
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)
show(lambda: t.missing)
show(lambda: Thing.missing)
show(lambda: (5).missing)
show(lambda: "s".missing)
show(lambda: [].missing)
show(lambda: None.missing)
show(lambda: {}.missing)
import sys
show(lambda: sys.no_such_attribute_here)
import pkg_simple
show(lambda: pkg_simple.nope)
show(lambda: setattr(5, "x", 1))
show(lambda: delattr(t, "missing"))
class Slotted:
    __slots__ = ("a",)
show(lambda: Slotted().a)
show(lambda: setattr(Slotted(), "b", 1))
print(getattr(t, "missing", "dflt"), hasattr(t, "existing"), hasattr(Thing, "missing"))
