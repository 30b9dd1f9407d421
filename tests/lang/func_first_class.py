# functions: higher-order functions, returning functions, composition, partial application by hand
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *bound, **kbound):
    def call(*args, **kw):
        merged = dict(kbound)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    return call
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), partial(power, 2)(10), partial(power, 3, mod=5)(4))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
handlers = {}
def register(name):
    def deco(fn):
        handlers[name] = fn
        return fn
    return deco
@register("greet")
def greet(who):
    return "hello " + who
@register("bye")
def bye(who):
    return "bye " + who
print(sorted(handlers), handlers["greet"]("a"), handlers["bye"]("b"))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for step in pipeline:
    s = step(s)
print(s)
print(list(map(lambda f: f(3), [inc, dbl, square])))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
