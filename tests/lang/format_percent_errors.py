# %-formatting errors
cases = [("%d", "a"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%(a)s", {}), ("%c", "ab"),
         ("%c", 1114112), ("%c", 1.5), ("%x", 1.5), ("%*d", ("a", 1)), ("%.*f", ("a", 1.0)), ("%", ()),
         ("%(a", {"a": 1}), ("%d %(a)s", {"a": 1}), ("%i", None), ("%f", "a"), ("%e", None), ("%o", 1.0),
         ("%X", "1"), ("abc", 5), ("%5%", (1,)), ("%5%", ()), ("%d", 1j), ("%f", 1j), ("%d", float("inf")),
         ("%d", float("nan")), ("%3", (1,)), ("%c", -1), ("%c", ""), ("%s", ()), ("%(a)s %s", {"a": 1}),
         ("%(a)*d", {"a": 1}), ("x%\u00e9", 1), ("%(a)%", {"a": 1}), ("%f", 10**400)]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
