# functions: default arguments, evaluation time, mutable default sharing
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0))
counter = 10
def g(x=counter):
    return x
counter = 20
print(g())
def acc(item, into=[]):
    into.append(item)
    return into
print(acc(1), acc(2))
print(acc(3, []))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
print(f.__defaults__)
def h(a, b=[1], *, c={"k": 1}):
    return a, b, c
print(h.__defaults__, h.__kwdefaults__)
def order():
    print("default evaluated")
    return 0
def uses(x=order()):
    return x
print(uses(), uses(5))
for src in ["def bad(a=1, b): pass", "def bad(a, a): pass"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(e.msg)
