def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# round(x, n) of floats is correctly rounded
for v in [2.675, 0.125, 0.375, 0.285, 1.005, 2.5, 0.5, -0.5, -0.4, 123.456, 12345.678, 0.1, 1e-10, 5e-324,
          1.23456789e-300, 1.7976931348623157e308, -9.875, 1234567.891, 0.0, -0.0]:
    print(v, [round(v, n) for n in [0, 1, 2, 3, 5, 10, 20, -1, -2, -5]])
print(round(15.5, -1), round(25.0, -1), round(35.0, -1), round(-25.0, -1))
print(round(123.456, 400), round(123.456, -400), round(-123.456, -400), round(5e-324, 323), round(5e-324, 324))
print(round(1e300, 10**20), round(1e300, -10**20), round(1.5, True), round(2.675, 2.0 .__int__()))
t(lambda: round(1.7e308, -308))
t(lambda: round(1.5, 1.0))
t(lambda: round(1.5, '1'))
print(round(0.5, 0), round(1.5, 0), round(-1.5, 0), type(round(1.5, 0)))
print(round(1e22, -22), round(5e22, -23), round(15e21, -22))
