# lexing: float literal forms: exponent, leading/trailing dot, underscores, imaginary excluded
print(1.0, 1., .5, 0.0, 00.5, 1e3, 1E3, 1e-3, 1.5e+2, 2.5E-1)
print(1_000.000_1, 1_0e1_0, .1_1)
print(3.14159, 1e100, 1e-100, 1e308, 5e-324)
print(1e309, -1e309)
print(0e0, 0.0e10)
print(type(1.), type(.1), type(1e0))
print(123456789012345678901234567890.0)
print(0.1 + 0.2, 1/3)
print(10.0 ** 16, 1e16, 1e15, 123e20)
print(1.5.__class__.__name__)
print(1.0.is_integer(), (2.5).is_integer())
print(1 .real, 1.0.real)
for s in ["1._0", "1e", "1e+", "1_.0", "1.e_1"]:
    try:
        eval(s)
        print(s, "ok?")
    except SyntaxError:
        print(repr(s), "SyntaxError")
