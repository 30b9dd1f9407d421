# classes: __repr__ and __str__ selection by print/str/repr/format/containers
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], "{}".format(r))
print(str(StrOnly()), [StrOnly()][0].__str__())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested(%r)" % (self.items,)
print(Nested([1, "a", Nested(())]))
class StrSub(str):
    def __str__(self):
        return "custom"
print(str(StrSub("x")), repr(StrSub("x")), StrSub("x") + "y")
class IntSub(int):
    def __repr__(self):
        return "IntSub(%d)" % int(self)
print(IntSub(5), [IntSub(5)], str(IntSub(5)), IntSub(5) + 1)
