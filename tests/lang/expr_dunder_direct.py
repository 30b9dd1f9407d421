# expressions: calling operator dunder methods directly on builtins, NotImplemented results
print((3).__add__(4), (3).__sub__(1), (3).__mul__(2), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(5))
print((3).__add__(1.5), (3.0).__add__(1), (3).__radd__(1), (5).__rsub__(1), (2).__rpow__(3))
print((5).__lt__(6), (5).__eq__(5), (5).__ne__(5), (5).__ge__(6), (5).__eq__("5"))
print("ab".__add__("cd"), "ab".__mul__(2), "ab".__rmul__(3), "abc".__contains__("b"), "ab".__eq__(1))
print([1].__add__([2]), [1, 2].__len__(), [1, 2].__getitem__(-1), (1, 2).__contains__(3))
print({"k": 1}.__getitem__("k"), {1, 2}.__and__({2, 3}), {1}.__or__([2]))
print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (5.5).__trunc__(), (5).__bool__(), (0).__bool__())
print(int.__add__(2, 3), str.upper("x"), list.__len__([1, 2, 3]), float.__mul__(2.0, 4))
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError", type(e).__name__)
print((10).__truediv__(4), (10).__divmod__(3), (2).__lshift__(3), (16).__rshift__(2))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), True.__and__(False))
