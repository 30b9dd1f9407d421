# classes: __delete__ on data descriptors, del on class attributes, __set_name__
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.store = "_f_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.store)
        except AttributeError:
            raise AttributeError("field %s not set" % self.name)
    def __set__(self, obj, value):
        setattr(obj, self.store, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.store)
class Rec:
    x = Field()
    y = Field()
r = Rec()
r.x = 1
print(r.x)
del r.x
try:
    r.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.y
except AttributeError as e:
    print("AttributeError on delete")
class NoDelete:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, v):
        pass
class N:
    d = NoDelete()
try:
    del N().d
except AttributeError as e:
    print("AttributeError")
del Rec.y
print(hasattr(Rec, "y"), hasattr(Rec, "x"))
class Plain:
    attr = 5
del Plain.attr
try:
    del Plain.attr
except AttributeError as e:
    print("AttributeError")
print(hasattr(Plain, "attr"))
