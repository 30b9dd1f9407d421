# !r !s !a conversions in str.format and f-strings
class C:
    def __str__(self):
        return "str-C"
    def __repr__(self):
        return "repr-C\u00e9"
c = C()
print("{0} {0!s} {0!r} {0!a}".format(c), "{!r}".format("q'uote"), "{!a}".format("\u00e9\u20ac"))
print("{!r:>10}|{!s:<6}|{!a:^12}|".format("x", 1, "\u00e9"), "{0!r:.3}".format("abcdef"))
print(f"{c}", f"{c!r}", f"{c!a}", f"{'x'!r:>5}", f"{3.0!s}", f"{[1]!r}")
print("%s %r %a" % (c, c, c))
