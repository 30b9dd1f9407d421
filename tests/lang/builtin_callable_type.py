# builtins: type(), callable(), isinstance on builtin values; type names of builtin objects
values = [0, 1.5, "s", b"b", bytearray(b""), [], (), {}, set(), frozenset(), None, True, range(1), slice(1), ..., NotImplemented, type, object()]
for v in values:
    print(type(v).__name__, callable(v))
print(callable(len), callable(int), callable(str.upper), callable(lambda: 0), callable(print))
print(type(type) is type, type(object) is type)
print(type(int) is type, isinstance(int, type), isinstance(len, type))
print(type(1) == int, type(True) == int, type(True) == bool, isinstance(True, int))
def f():
    pass
class C:
    def m(self):
        pass
print(type(f).__name__, type(C).__name__, type(C()).__name__)
print(int.__name__, str.__name__, list.__name__, dict.__name__, bytes.__name__, type(None).__name__)
print(type("x")("abc"), type(5)("7"), type([])("xy"), type(1.0)(2))
