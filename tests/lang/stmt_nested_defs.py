# statements: functions and classes defined inside loops, conditionals, and other functions
defs = []
for i in range(3):
    def f(i=i):
        return i * 10
    defs.append(f)
print([d() for d in defs])
if True:
    def chosen():
        return "true branch"
else:
    def chosen():
        return "false branch"
print(chosen())
def outer(flag):
    if flag:
        class Impl:
            kind = "A"
    else:
        class Impl:
            kind = "B"
    return Impl
print(outer(True).kind, outer(False).kind, outer(True) is not outer(True))
def make_ops():
    ops = {}
    for name, fn in [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b)]:
        ops[name] = fn
    def apply(op, a, b):
        return ops[op](a, b)
    return apply
apply = make_ops()
print(apply("add", 2, 3), apply("sub", 2, 3))
try:
    def defined_in_try():
        return "in try"
    raise RuntimeError
except RuntimeError:
    def defined_in_except():
        return "in except"
print(defined_in_try(), defined_in_except())
def redefine():
    return 1
first = redefine
def redefine():
    return 2
print(first(), redefine())
class Holder:
    for n in range(2):
        exec("def m%d(self):\n    return %d" % (n, n))
    del n
print(Holder().m0(), Holder().m1())
