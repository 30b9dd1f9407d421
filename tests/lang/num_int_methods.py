def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int methods and attributes
for v in [0, 1, -1, 7, -8, 255, 256, 2**62, 2**100 - 1, -(2**100)]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((-5).__abs__(), (5).__neg__(), (5).__invert__(), (0).__bool__(), (5).__round__(), (1234).__round__(-2))
print(True.bit_length(), True.real, False.imag, True.numerator, True.denominator, True.as_integer_ratio())
print(type(True.real), type((2**70).real), type(True.as_integer_ratio()[0]))
print(int.bit_length(2**70), int.conjugate(-3), (7).__divmod__(2), (7).__rdivmod__(30))
print((7).__add__(1), (7).__sub__(1), (7).__mul__(3), (2).__pow__(10), (7).__radd__(1), (7).__rsub__(1))
print((7).__lt__(8), (7).__eq__(7), (7).__floordiv__(2), (7).__mod__(4))
t(lambda: (5).is_integer())
t(lambda: (5).foo)
