# classes: callable instances as decorators and strategies; classes as callables; bound method objects
class Repeat:
    def __init__(self, times):
        self.times = times
    def __call__(self, fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(self.times)]
        return wrapper
@Repeat(3)
def greet(n):
    return "hi " + n
print(greet("x"))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return self.fn(*a, **k)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.n)
strategies = {"upper": str.upper, "title": str.title, "rev": lambda s: s[::-1]}
for name in sorted(strategies):
    print(name, strategies[name]("hello world"))
makers = [int, float, str, list, tuple]
print([m() for m in makers], [m("1") for m in makers])
class Factory:
    def __init__(self, cls):
        self.cls = cls
    def __call__(self, *a):
        return self.cls(*a)
print(Factory(list)("ab"), Factory(range)(3), Factory(dict)())
meth = "abc".upper
print(meth(), callable(meth), callable(Factory), callable(Factory(int)), callable(CountCalls))
