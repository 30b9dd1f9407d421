# bytes: printf-style % formatting for bytes and bytearray
print(b"%d %i %x %X %o" % (42, -7, 255, 255, 8))
print(b"%s|%5s|%-5s|" % (b"ab", b"cd", b"ef"))
print(b"%b" % b"bytes", b"%c%c" % (65, b"Z"), b"%a" % "é", b"%r" % b"q")
print(b"%05.1f|%e|%g" % (3.14159, 12345.678, 0.0001))
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 5})
print(b"100%%", b"%%d" % ())
print(bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 1).__name__)
print(b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
for fmt, args in [(b"%s", ("str",)), (b"%d", (b"1",)), (b"%d %d", (1,)), (b"%c", (256,)), (b"%y", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__)
