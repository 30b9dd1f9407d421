# expressions: unary -, +, ~, not on ints, floats, bools, big ints and objects; precedence with **
vals = [0, 1, -1, 5, 2 ** 70, -(2 ** 70), True, False]
for v in vals:
    print(repr(v), -v, +v, ~v, not v)
for f in [0.0, -0.0, 1.5, float("inf")]:
    print(f, -f, +f, not f)
print(- - -1, ~~5, not not 0, -~3, ~-3)
print(-2 ** 2, (-2) ** 2, -2 ** -1, ~2 ** 2, not 2 ** 0)
print(- (1 + 2), + (3 - 5), -[1][0])
class Neg:
    def __neg__(self):
        return "neg called"
    def __pos__(self):
        return "pos called"
    def __invert__(self):
        return "invert called"
n = Neg()
print(-n, +n, ~n, not n)
for bad in ["-'s'", "+[]", "~1.5", "-None", "~'x'"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError", e)
