# objects: None singleton, repr, comparisons, type, errors
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == 0, None == False)
print(bool(None), not None)
def f():
    pass
print(f() is None)
x = None
print(x is not None, [None] * 2, (None,), {None: 1}[None])
n = None
for expr in ["n < 1", "n + n", "len(n)", "n()", "n[0]", "iter(n)", "n > n"]:
    try:
        eval(expr, {"n": n})
        print(expr, "ok?")
    except TypeError as e:
        print(expr, "->", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError")
print(type(None)() is None)
print(hash(None) == hash(None))
print(sorted([3, 1], key=lambda v: v) is None, [3, 1].sort() is None)
print(f"{None}", "%s" % None, format(None))
