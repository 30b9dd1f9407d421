# float: repr round-trips exactly; str/format produce expected forms for tricky values
vals = [0.1, 0.7, 1.1, 2.675, 1e-7, 123456.789, 9.999999999999999, 0.30000000000000004,
        1.0000000000000002, 4.9e-324, 1e23, 8.41e21, 5e-310, 0.1 * 3, 1 / 7, 2 ** 0.5, 100.0 / 3]
ok = True
for v in vals:
    r = repr(v)
    if float(r) != v:
        ok = False
    print(r, str(v) == r, "%.17g" % v, "%r" % v)
print("all round trip:", ok)
for v in [1.5, 2.5, 0.125, 1e16, 1e-5, 123.0]:
    print(v, "%s|%f|%e|%g|%.3f|%10.2e" % (v, v, v, v, v, v))
print(float(repr(1 / 3)) == 1 / 3, float(str(2 / 3)) == 2 / 3)
print(repr(-0.0), repr(float("1e-320")), repr(1e22), repr(1e-5), repr(12345678.9))
