# constructor errors and odd arguments
from array import array as A

for args in [("z",), ("ii",), (5,), ("i", 5), ("b", "abc"), ("i", [1], 3), (), ("i", b"\x01\x00"), ("é",),
             ("d", ["x"]), ("i", A("d", [1.5]))]:
    try:
        print(args, A(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    A(typecode="i")
except TypeError as e:
    print("TypeError", e)
try:
    A("i").nonexistent
except AttributeError as e:
    print("AttributeError")
