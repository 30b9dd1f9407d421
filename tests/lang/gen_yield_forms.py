# generators: yield as expression in assignments, arguments, conditions; bare yield; yield tuples
def forms():
    a = yield 1
    b = (yield 2) or "default"
    print("a =", a, "b =", b)
    c = [(yield 3), (yield 4)]
    print("c =", c)
    if (yield 5):
        print("truthy send")
    yield
    yield 6, 7
g = forms()
print(next(g))
print(g.send("A"))
print(g.send(None))
print(g.send("c0"))
print(g.send("c1"))
print(g.send(1))
print(next(g))
print(next(g, "end"))
def yield_in_call():
    print("got", str((yield "first")))
    yield
g = yield_in_call()
print(next(g))
g.send(42)
def yield_lambda():
    f = lambda: (yield)
    return f
print(type(yield_lambda()()).__name__ == "generator")
