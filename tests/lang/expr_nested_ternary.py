# expressions: nested conditional expressions, right associativity, in comprehensions and arguments
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 3)])
def bucket(n):
    return ("small" if n < 10 else "medium") if n < 100 else ("large" if n < 1000 else "huge")
print([bucket(v) for v in (5, 50, 500, 5000)])
x = 5
print((1 if x > 3 else 2) + (10 if x > 10 else 20))
print(1 if x > 3 else 2 + 100)
print(max(1 if x else 0, 0 if x else 1), "a" if "" else "b" if [] else "c")
vals = [v if v % 2 else -v for v in range(6) if v != 3]
print(vals)
f = lambda n: n if n < 2 else f(n - 1) + f(n - 2) if n < 20 else None
print(f(10), f(25))
print(((lambda: "inner")() if True else "never"), (None if False else []))
y = 0
result = "div" if y and 10 / y else "guarded"
print(result)
