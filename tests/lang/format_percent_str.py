# %-formatting: %s %r %a %c, mapping keys, tuples
print("%s|%r|%a" % ("x", "x", "x"), "%s|%r|%a" % ("\u00e9", "\u00e9", "\u00e9"), "%s" % None, "%r" % [1, "a"])
print("%5s|%-5s|%.2s|%5.1s|%05s|" % ("ab", "ab", "abc", "xyz", "z"), "%s" % ((1, 2),), "%s" % [1, 2], "%s" % {})
print("%c|%c|%3c|%-3c|" % (65, "z", "q", 0x20ac), "%(a)s %(b)r %(a)s" % {"a": 1, "b": "two"})
print("%(x)5d|%(x)-5d|%(y).2f" % {"x": 3, "y": 2.5}, "%(a(b))s" % {"a(b)": "nested"}, "%%%s%%" % "p")
print("%s %s" % ("a", "b"), "%s" % ("single",), "%s" % "bare", "no args" % (), "%s" % b"bytes")
print("%*s|%-*s|%.*s" % (6, "r", 6, "l", 2, "trunc"), "%*s|" % (-4, "n"), "%.*s|" % (-1, "x"))
print("abc" % {}, "abc" % [], "%s" % {"k": 1}, "%s and %s" % (1, [2]))
class R:
    def __repr__(self):
        return "R\u00e9"
print("%r %a %s" % (R(), R(), R()))
