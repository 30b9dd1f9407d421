# format-spec errors and their messages
cases = [("s", "abc"), ("s", "."), ("s", "10."), ("s", ",s"), ("s", "_s"), ("s", ",_"), ("s", "_,"), ("s", "+s"),
         ("s", "#s"), ("s", "=s"), ("s", ".2d"), ("s", "z"), ("s", " "), ("s", "-"), ("s", "d"), ("s", "n"),
         ("s", ",x"), ("s", "99999999999999999999"), ("s", "10d10"),
         (1, "abc"), (1, "s"), (1, ".2d"), (1, ".2"), (1, "+c"), (1, "#c"), (1, ",c"), (1, "zd"), (1, "z"),
         (1, ",n"), (1, "_n"), (1, ",x"), (1, ",b"), (1, ",o"), (1, ",,"), (1, "__"), (1, "q"), (1, "x<="),
         (-1, "c"), (0x110000, "c"), (2**100, "c"), (True, "s"),
         (1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "s"), (1.5, ",n"), (1.5, "10d10"), (1.5, "b"),
         (None, "5"), (None, "s"), ([1], ">3"), ((), "x"), (1, "\u00e9")]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
print(format(None, ""), format([1, 2], ""), format((), ""), format({1: 2}, ""))
try:
    format(1, 2)
except TypeError as e:
    print("TypeError", e)
