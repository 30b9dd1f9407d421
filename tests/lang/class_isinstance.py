# classes: isinstance/issubclass with tuples, nested tuples, builtins, bool/int relations, errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, object), issubclass(A, (A,)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", (str, bytes)), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(int, object), issubclass(object, object))
print(isinstance(len, object), isinstance(A(), object), isinstance(3, object))
for args in [(b, 5), (b, "A"), (b, (A, 5))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(B, b)
except TypeError as e:
    print("TypeError", e)
print(type(b) is B, type(b) == A, type(b).__name__, type(type(b)).__name__)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(isinstance(b, (int, str, list, dict, set, tuple, float, bytes)), isinstance({}, dict))
