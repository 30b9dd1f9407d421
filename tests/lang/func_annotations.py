# functions: parameter and return annotations are stored, not enforced
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f("not int", 5))
ann = f.__annotations__
for key in ["a", "b", "args", "c", "kw", "return"]:
    v = ann[key]
    print(key, v.__name__ if isinstance(v, type) else v)
def g(x):
    return x
print(g.__annotations__)
x: int = 5
print(x)
y: list
try:
    print(y)
except NameError as e:
    print("NameError", e)
print(__annotations__["x"].__name__, "y" in __annotations__)
class C:
    attr: int = 3
    other: str
print(C.attr, sorted(C.__annotations__))
print(hasattr(C, "other"))
def h(a: 1 + 2) -> 3 * 4:
    pass
print(h.__annotations__)
lam = lambda a, b=2: a + b
print(lam(1), lam.__name__)
