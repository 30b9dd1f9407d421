# functions: keyword-only and positional-only parameters, errors when misused
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(a=1, b=2, c=4))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def p(a, b, /, c, *, d):
    return a, b, c, d
print(p(1, 2, 3, d=4), p(1, 2, c=3, d=4))
try:
    p(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def q(x, /, **kw):
    return x, kw
print(q(1, x=2))
def r(*, only):
    return only
print(r(only="yes"))
try:
    r()
except TypeError as e:
    print(e)
try:
    r(1)
except TypeError as e:
    print(e)
def s(a, b=2, /, c=3):
    return a, b, c
print(s(1), s(1, 5), s(1, 5, 6), s(1, c=0))
try:
    f(1, b=2, zz=3)
except TypeError as e:
    print(e)
for src in ["def t(*, **k): pass", "def t(*): pass"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
