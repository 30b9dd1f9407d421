# builtins: divmod, abs, round, pow across int/float/bool/big ints and user types
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (10 ** 20, 7), (True, 2), (0, 5)]:
    print(a, b, divmod(a, b))
print(abs(-3), abs(3), abs(-3.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(7), round(7.0))
print(pow(3, 2), pow(3, -1), pow(3, 2, 5), pow(2.0, 0.5), pow(-2, 3), pow(10, 20))
class Money:
    def __init__(self, c):
        self.c = c
    def __abs__(self):
        return Money(abs(self.c))
    def __divmod__(self, n):
        return (Money(self.c // n), Money(self.c % n))
    def __round__(self, nd=None):
        return "round(%s, %s)" % (self.c, nd)
    def __pow__(self, e, mod=None):
        return "pow %s %s %s" % (self.c, e, mod)
    def __repr__(self):
        return "Money(%d)" % self.c
m = Money(-7)
print(abs(m), divmod(m, 2), round(m), round(m, 1), pow(m, 2), pow(m, 2, 3), m ** 3)
for bad in [lambda: abs("x"), lambda: divmod("a", 2), lambda: round("x"), lambda: divmod(1, 0)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
