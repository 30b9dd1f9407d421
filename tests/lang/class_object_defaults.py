# classes: default object behaviour: __eq__ by identity, __ne__, __hash__, __str__ falls back to __repr__
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a is not b)
print(hash(a) == hash(a), {a: 1}[a], len({a, b, a}))
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
class WithRepr:
    def __repr__(self):
        return "WithRepr!"
print(str(WithRepr()), "%s" % WithRepr(), format(WithRepr()), f"{WithRepr()}")
print(type(a).__name__, Plain.__name__, isinstance(a, object))
print(a.__class__ is Plain, Plain.__class__ is type)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(object() != object(), type(object()).__name__)
class Ne:
    def __eq__(self, other):
        return "eq result"
print(Ne() != Ne(), Ne() == Ne())
class NeExplicit:
    def __ne__(self, other):
        return "custom ne"
print(NeExplicit() != 1, NeExplicit() == 1)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print(Plain.__bases__ == (object,), Plain.__mro__[-1] is object)
