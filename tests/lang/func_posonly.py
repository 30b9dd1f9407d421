# functions: positional-only parameters with /, interplay with **kwargs and defaults
def f(a, b, /):
    return a, b
print(f(1, 2))
try:
    f(1, b=2)
except TypeError as e:
    print("TypeError", e)
def g(a, /, b, *, c):
    return a, b, c
print(g(1, 2, c=3), g(1, b=2, c=3))
def h(name, /, **kw):
    return name, sorted(kw)
print(h("pos", name="kw too"))
def defaults(a, b=2, /, c=3):
    return a, b, c
print(defaults(1), defaults(1, 5), defaults(1, 5, 6), defaults(1, c=9))
try:
    defaults()
except TypeError as e:
    print("TypeError", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
lam = lambda x, /, y: x + y
print(lam(1, 2), lam(1, y=5))
print(divmod(7, 2), pow(2, 5), len("abc"))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError")
for src in ["def bad(/, a): pass", "def bad(a, /, /): pass", "def bad(*, a, /): pass", "def bad(a=1, /, b): pass"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
