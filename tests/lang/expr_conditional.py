# expressions: conditional expression evaluates only the chosen branch
def side(x):
    print("eval", x)
    return x
print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))
x = 0
r = "zero" if x == 0 else "nonzero"
print(r)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
y = 1 if x else 2 if x == 0 else 3
print(y)
z = (1 if x else 2) + 10
print(z)
print(1 if [] else 2, 1 if [0] else 2)
def safe_div(a, b):
    return a / b if b else float("inf")
print(safe_div(1, 2), safe_div(1, 0))
val = None
print(val if val is not None else "default")
print((lambda: "a" if x else "b")())
print(*[1, 2] if x == 0 else [3])
