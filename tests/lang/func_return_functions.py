# functions: functions returning functions returning functions; currying; dispatch tables built at runtime
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
vol = curry3(lambda l, w, h: l * w * h)
print(vol(2)(3)(4), vol(1)(1)(1))
def adder(n):
    def add(m):
        def add_more(k):
            return n + m + k
        return add_more
    return add
print(adder(1)(2)(3), adder("a")("b")("c"))
def make_ops():
    ops = {}
    for sym, fn in (("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b)):
        ops[sym] = fn
    return ops
ops = make_ops()
expr = [("+", 2, 3), ("*", 4, 5), ("-", 10, 7)]
print([ops[s](a, b) for s, a, b in expr])
def counter_factory():
    count = 0
    def make():
        nonlocal count
        count += 1
        serial = count
        return lambda: "item %d" % serial
    return make
mk = counter_factory()
items = [mk() for _ in range(3)]
print([i() for i in items])
def compose2(f, g):
    return lambda *a: f(g(*a))
inc_then_double = compose2(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose2(str, sum)([1, 2, 3]))
