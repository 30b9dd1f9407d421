def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float methods and attributes
for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 3.0, 2.0**60, 1.5e-7, -123.0]:
    print(v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
    n, d = v.as_integer_ratio()
    print(n / d == v, type(n), type(d))
print(float.is_integer(4.0), (7.5).__trunc__(), (7.5).__floor__(), (7.5).__ceil__(), (-7.5).__floor__())
print((2.5).__divmod__(1), (2.5).__rdivmod__(7), (2.5).__divmod__('a'))
print((1.5).__add__(1), (1.5).__mul__(2.0), (1.5).__int__(), (1.5).__float__(), (1.5).__neg__(), (-1.5).__abs__())
print(type((1.5).real), (1.5).__round__(), (1.25).__round__(1), (2.0).__bool__(), (0.0).__bool__())
t(lambda: (1.5).foo)
t(lambda: (1.5).bit_length())
