# printf-style formatting of bytes (PEP 461)
print(b"%s and %b" % (b"one", bytearray(b"two")), b"%d-%x-%o-%X" % (42, 255, 8, 255), b"%5.2f|%-6.1e|" % (3.14159, 1234.5))
print(b"%c%c" % (65, b"z"), b"%r %a" % ("\u00e9", b"x"), b"%5s|%-5s|" % (b"ab", b"cd"), b"%%" % (), b"%.2s" % b"abcdef")
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"%s" % memoryview(b"mv"), bytearray(b"%s!") % b"x")
class C:
    def __bytes__(self):
        return b"C!"
print(b"[%s]" % C(), b"%03d|%+d|% d" % (7, 7, 7), b"%#x %#o" % (255, 8))
for t in [lambda: b"%s" % "str", lambda: b"%d" % b"1", lambda: b"%c" % 256, lambda: b"%c" % b"ab",
          lambda: b"%s %s" % (b"x",), lambda: b"abc" % (1,), lambda: b"%z" % (1,), lambda: b"%s" % 5,
          lambda: b"%c" % "a", lambda: b"%(x)s" % (1,)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
