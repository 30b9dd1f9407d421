# expressions: lambdas inside data structures, immediately called, with defaults capturing loop vars
table = {
    "double": lambda x: x * 2,
    "square": lambda x: x ** 2,
    "neg": lambda x: -x,
}
print({k: f(7) for k, f in table.items()})
print((lambda *a: a)(1, 2), (lambda **k: k)(a=1), (lambda a, /, b: (a, b))(1, b=2))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print(sorted(["b10", "a2", "c1"], key=lambda s: int(s[1:])))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))
y = 5
cap = lambda: y
y = 6
print(cap())
print((lambda: (lambda: "nested lambda")())())
print((lambda x: (x, x * 2) if x else None)(3), (lambda x: (x, x * 2) if x else None)(0))
cond = lambda v: v > 0 and "pos" or "non-pos"
print(cond(1), cond(-1))
