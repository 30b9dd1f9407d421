# functions: generator functions vs regular functions, generator factories with closures
def gen_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
def regular(n):
    return list(range(n))
print(list(gen_range(4)) == regular(4))
def make_gen(prefix):
    def gen(items):
        for it in items:
            yield prefix + str(it)
    return gen
g = make_gen("#")
print(list(g([1, 2])), list(make_gen(">")("ab")))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x * x for x in naturals())))
def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("abcd", 2)))
def gen_with_default(x, times=2):
    for _ in range(times):
        yield x
print(list(gen_with_default("a")), list(gen_with_default("b", times=3)))
def is_gen_func():
    yield
print(type(is_gen_func()).__name__ == "generator", callable(is_gen_func))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(7)), 3)))
