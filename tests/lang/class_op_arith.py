# classes: binary arithmetic special methods on a vector class
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return "lshift %d" % n
    def __rshift__(self, n):
        return "rshift %d" % n
    def __divmod__(self, k):
        return (self // k, self % k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, b / 2, b // 2, b % 2, a ** 2, a @ b)
print(a & b, a | b, a ^ b, a << 2, a >> 1, divmod(b, 2))
print(-a, +a, abs(b), ~a)
print(pow(a, 3))
try:
    a + 1
except AttributeError as e:
    print("AttributeError")
try:
    1 + a
except TypeError as e:
    print("TypeError", e)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
