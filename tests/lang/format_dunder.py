# objects with __format__, object.__format__ rules, format() builtin
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.v)
        return "$" + format(self.v, spec)
m = Money(12.5)
print(format(m), format(m, ".2f"), "{}|{:>8.1f}".format(m, m), f"{m:08.3f}", "%s" % "n/a")
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), "{}".format(Plain()), f"{Plain()}")
for spec in ["s", "5", ">3"]:
    try:
        format(Plain(), spec)
    except TypeError as e:
        print("TypeError", e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
class I(int):
    pass
class F(float):
    pass
print(format(S("sub"), ">6"), format(I(255), "#x"), format(F(2.5), ".2f"), "{:>4}".format(I(7)))
print(type(format(1, "")).__name__, format(1.0), format("x"), format(12, "") == "12")
print((5).__format__("03"), "ab".__format__(">4"), (2.5).__format__("e"))
