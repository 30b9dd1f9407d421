# functions: lambda expressions, defaults, closures, immediately invoked
add = lambda a, b: a + b
print(add(2, 3))
print((lambda: 42)())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print((lambda x, y=10: x * y)(3))
print((lambda x, *, y: x - y)(10, y=4))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(100) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def make_mul(n):
    return lambda x: x * n
m3 = make_mul(3)
print(m3(5), make_mul("ab")(2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
nested = lambda x: lambda y: x + y
print(nested(1)(2))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
print((lambda: (yield 1)) is not None)
print(add.__name__)
try:
    compile("lambda x: return x", "<test>", "eval")
except SyntaxError as e:
    print("SyntaxError")
