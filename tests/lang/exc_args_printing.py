# exceptions: str() and repr() of exceptions with zero, one and many args; KeyError quirk
cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1), ValueError(None),
         ValueError(("tuple",)), ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"),
         KeyError(1), IndexError("idx"), TypeError("t", 2, [3]), Exception("it's"), Exception('say "hi"'),
         RuntimeError(ValueError("inner"))]
for e in cases:
    print(repr(str(e)), repr(e), e.args)
print(str(KeyError("")), repr(KeyError("")))
try:
    {}["missing key"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    [][3]
except IndexError as e:
    print(e, repr(e))
try:
    int("x")
except ValueError as e:
    print(repr(e))
print(Exception("a", 1).args, BaseException().args)
e = Exception("x")
print(e.__class__.__name__, isinstance(e, BaseException))
print(f"{ValueError('fmt')}", "%s" % KeyError("pct"), "{!r}".format(TypeError("braces")))
