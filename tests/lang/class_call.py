# classes: __call__ makes instances callable; callable(); call with args/kwargs
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, extra=1), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0), callable("s"))
print(list(map(Adder(100), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class CallAttr:
    pass
obj = CallAttr()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print("TypeError: instance __call__ ignored")
