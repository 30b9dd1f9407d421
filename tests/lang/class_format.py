# classes: __format__ with format(), f-strings and str.format; default object __format__ rules
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        if spec == "c":
            return "%d cents" % self.cents
        if spec.startswith(">"):
            return format(format(self, ""), spec)
        raise ValueError("bad spec " + spec)
    def __str__(self):
        return "Money(%d)" % self.cents
m = Money(12345)
print(format(m), format(m, "c"), f"{m}", f"{m:c}", f"{m:>12}|", "{:c}".format(m), "{0}".format(m), str(m))
try:
    format(m, "zz")
except ValueError as e:
    print("ValueError", e)
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
class IntLike(int):
    pass
print(format(IntLike(255), "x"), f"{IntLike(7):03d}")
class FmtSpec:
    def __format__(self, spec):
        return "[" + spec + "]"
w = 5
print(f"{FmtSpec():{w}>x}", "{0:{1}}".format(FmtSpec(), "nested"), format(FmtSpec(), "!r"))
