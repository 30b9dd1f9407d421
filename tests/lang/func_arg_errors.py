# functions: exact TypeError messages for wrong argument counts and keywords
def f(a, b):
    return a + b
def g(a, b=1):
    return a
def h():
    return 0
def k(*, x):
    return x
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: f(1, a=2),
    lambda: f(1, 2, c=3),
    lambda: k(),
    lambda: k(1),
    lambda: f(b=1),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError")
