# printf-style % formatting for str
print("%s %s" % ("a", 1))
print("%d %i %u" % (1, -2, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f|" % (1.5, 2.345, 3.14159, 2.5))
print("%e %.3E %g %G" % (12345.678, 0.00012, 1e-5, 1e20))
print("%c%c" % (65, "z"))
print("%r %s" % ("q", "q"))
print("%%" % ())
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("%(a)s %(b)d" % {"a": "x", "b": 3})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%3s|%-3s|%.1s" % ("ab", "ab", "xyz"))
print("%d" % 3.9, "%s" % 3.9, "%x" % -255)
print("%5.1f%%" % 99.44)
for fmt, args in [("%d", ("a",)), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", (1,)), ("%(k)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
