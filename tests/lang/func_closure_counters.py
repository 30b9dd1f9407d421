# functions: closures sharing state, independent instances, closures over loop vars and parameters
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = start
    return inc, get, reset
inc, get, reset = make_counter(10, 5)
inc(); inc()
print(get())
reset()
print(get(), inc())
a_inc, a_get, _ = make_counter()
b_inc, b_get, _ = make_counter(100)
a_inc(); b_inc(); b_inc()
print(a_get(), b_get())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = make_acc()
acc(1)
print(acc(2), make_acc()(3))
def closures_in_loop():
    fs = []
    for i in range(3):
        def make(j):
            return lambda: j * 10
        fs.append(make(i))
    return [f() for f in fs]
print(closures_in_loop())
def param_closure(n):
    return lambda: n
fs = [param_closure(k) for k in "abc"]
print([f() for f in fs])
def rebind_after():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(rebind_after())
def nested_nonlocal():
    total = 0
    def add_all(*xs):
        def add(x):
            nonlocal total
            total += x
        for x in xs:
            add(x)
        return total
    return add_all
print(nested_nonlocal()(1, 2, 3))
