def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# round(x) of floats: ties to even, int result
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 2, 4503599627370497.0,
          -0.0, 0.0, 1e300, -1e300, 123.456, 1.0000000000000002, 2.5000000000000004]:
    r = round(v)
    print(v, r, type(r))
t(lambda: round(float('inf')))
t(lambda: round(float('-inf')))
t(lambda: round(float('nan')))
print(round(2.5, None), type(round(2.5, None)))
print((2.5).__round__(), (2.5).__round__(0), (3.7).__trunc__(), (-3.7).__trunc__(), (-3.2).__floor__(), (-3.7).__ceil__())
t(lambda: (1e300).__floor__() == int(1e300))
t(lambda: float('inf').__ceil__())
