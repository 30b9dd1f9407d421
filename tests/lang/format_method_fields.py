# str.format: positional, keyword, auto numbering, attributes, indexing, nesting, escapes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a", "b"]
p = Point(3, 4)
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=7), "{0} {k}".format("pos", k="kw"))
print("{0.x},{0.y}".format(p), "{p.tags[1]}".format(p=p), "{.x}".format(p), "{0.tags}".format(p))
print("{0[0]}{0[2]}".format("xyz"), "{d[key]}{d[1]}".format(d={"key": "K", 1: "one"}), "{[1]}".format([5, 6]))
print("{0[a][0]}".format({"a": [9]}), "{0.real}/{0.imag}".format(3), "{0.__class__.__name__}".format(2.5))
print("{:{}}|".format("ab", 5), "{:{w}.{p}f}".format(3.14159, w=9, p=3), "{0:{1}{2}}".format(7, ">", 4))
print("{:{fill}{align}{width}}".format("z", fill="*", align="^", width=7), "{0:>{1}}".format("r", 6))
print("{{}}".format(), "{{{}}}".format(5), "{{0}}".format(1), "}}{{".format(), "a{{b}}c{}".format("!"))
print("{:}".format(12), "{0:}".format("s"), "{!s:}".format(1), "{00}".format("zero"), "{0!r:>8}".format("q"))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}), "{}".format(b"b"))
print("{:d}/{:x}/{:.2f}/{:>5}/{:e}".format(10, 255, 2.5, "r", 1234.5))
print("{} and {}".format(*["star", "args"]), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("{0}".format("\u00e9"), "{:\u00e9^7}".format("\u20ac"), "{x}".format(x="\U0001f600"))
print("".format(), "plain".format(1, 2, k=3), "{}".format("{}"))
