# functions: default values are evaluated once at def time, in the defining scope
calls = []
def default_source(tag):
    calls.append(tag)
    return tag
def f(a=default_source("a"), b=default_source("b")):
    return a, b
print(calls)
print(f(), f(1), calls)
def make(n):
    def inner(x=n * 2):
        return x
    return inner
print(make(1)(), make(5)(), make(5)(0))
i = 10
def g(v=i):
    return v
i = 20
print(g())
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def kw_default(*, opt={}):
    opt["n"] = opt.get("n", 0) + 1
    return opt["n"]
print(kw_default(), kw_default(), kw_default(opt={}))
class C:
    base = 3
    def m(self, v=base * 2):
        return v
print(C().m())
try:
    def bad(x=undefined_default_name):
        pass
except NameError as e:
    print("NameError at def time", e)
