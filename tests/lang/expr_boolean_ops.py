# expressions: and/or return operands, short-circuit, not
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last")
print("" and "x", "a" and "b" and "c", 0 or 0.0 or "")
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(0) or t(3) and t(4)
print(calls)
print(not None, not 0, not [], not "a", not not 5)
print(type(not 1).__name__)
print([] or {}, (1, 2) and [3])
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self):
        return "B(%s)" % self.v
print(B(True) and B(False))
print(B(False) or B(True))
print(not B(False))
x = None
print(x and x.attr)
print(True + True, False * 10, True == 1, False == 0)
