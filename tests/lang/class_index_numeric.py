# classes: __index__, __int__, __float__, __round__, __abs__, __trunc__ used by builtins and slicing
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[i:Idx(5)], range(10)[Idx(-1)], bin(i), hex(Idx(255)), oct(i))
print(int(i), "ab" * Idx(3), [0] * Idx(2), (1, 2, 3)[Idx(0)])
print(bytes(Idx(3)), bytearray(Idx(1)), list(range(Idx(4))), int.from_bytes(b"\x01", "big") + Idx(1).__index__())
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return "rounded %r %r" % (self.v, n)
    def __abs__(self):
        return "abs called"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), abs(n))
try:
    [1, 2][Num(1)]
except TypeError as e:
    print("TypeError", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError", e)
class Big:
    def __index__(self):
        return 2 ** 70
print(hex(Big()), bin(Big())[:10])
try:
    [1][Big()]
except IndexError as e:
    print("IndexError", e)
