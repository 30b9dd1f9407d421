# functions: closures capture variables not values (late binding), cell sharing
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def make_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_bound()])
def shared():
    v = 0
    def get():
        return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
get, set_ = shared()
print(get()); set_(42); print(get())
def later():
    def f():
        return x
    x = "assigned after def"
    return f
print(later()())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__)
    y = 1
unbound()
def adder(n):
    def add(m):
        return n + m
    return add
adders = [adder(k) for k in range(3)]
print([a(10) for a in adders])
a5 = adder(5)
print(a5(1), a5(-5))
