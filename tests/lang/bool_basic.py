# objects: bool is an int subclass; arithmetic, repr, conversions
print(True, False, repr(True), str(False))
print(type(True).__name__, isinstance(True, int), issubclass(bool, int))
print(True + True, True * 5, False - 1, True / 2, True // 1, -True, +False)
print(True == 1, False == 0, True is (1 == 1), False is (1 > 2))
print(int(True), float(False), str(True), bool(1), bool(0), bool(-1))
print(bool(""), bool("False"), bool([]), bool([[]]), bool(0.0), bool(-0.0), bool(1e-300))
print(bool(), bool(None), bool(range(0)), bool(b""), bool(b"\x00"))
print(True & True, True | False, True ^ True, type(True ^ False).__name__)
print(sum([True, True, False]), max(False, True))
print({True: "a", 1: "b"}, {0: "x", False: "y"})
print(["no", "yes"][True], "abc"[True:])
print(hash(True) == hash(1), True.real, True.numerator)
print(True > False, True >= 1, False < 0.5)
print(f"{True}", f"{True:d}", f"{False:>6}", "%d" % True, "%s" % True)
print(True.bit_length(), (True).conjugate())
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool.__name__, bool("0"), bool(0j) if False else "skip")
