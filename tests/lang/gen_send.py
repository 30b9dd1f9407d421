# generators: send() values in, first send must be None, yield expression values
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError", e)
def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
next(a)
for v in [10, 20, 30]:
    print(a.send(v))
def two_yields():
    x = yield 1
    y = yield x * 2
    yield x + y
t = two_yields()
print(next(t), t.send(5), t.send(100))
def paren():
    v = (yield)
    print("got", v)
    yield
p = paren()
next(p)
p.send("hello")
print(next(p, "exhausted"))
