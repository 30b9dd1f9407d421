# str.format: positional, keyword, auto numbering, attribute/index access, nesting, errors
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["p", "q"]))
print("{d[key]}".format(d={"key": "v"}))
class O:
    attr = "attrval"
print("{0.attr} {o.attr}".format(O(), o=O()))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:{1}}|".format("z", 4))
print("{!r} {!s}".format("q", "q"))
print("{0!r:>6}".format("q"))
print("{{}} {{{}}}".format(5))
print("{:*>5}".format(7))
print("{0}{0}{0}".format("ab"))
errs = [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{2}", (1,)),
        ("{x}", ()), ("{0!z}", (1,)), ("{0:d}", ("s",))]
for fmt, args in errs:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__)
print("{a}{b}".format_map({"a": 1, "b": 2}))
