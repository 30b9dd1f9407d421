# Closures: nested functions capturing variables, nonlocal counters,
# function factories, lambdas passed to higher-order functions, and
# composition chains.


def make_counter(step):
    n = 0

    def inc():
        nonlocal n
        n += step
        return n
    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_acc():
    items = []
    folded = 0

    def add(v):
        nonlocal folded
        items.append(v)
        if len(items) == 100:
            folded += sum(items)
            items.clear()
        return len(items)

    def total():
        return folded + sum(items)
    return add, total


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main():
    c = make_counter(3)
    for _ in range(1200000):
        c()
    adders = [make_adder(k) for k in range(10)]
    s = 0
    for i in range(360000):
        s += adders[i % 10](i)
    f = compose(make_adder(1), compose(lambda x: x * 3 % 1000003,
                                       make_adder(7)))
    r = apply_n(f, 1000000, 1)
    add, total = make_acc()
    for i in range(600000):
        add(i % 17)
    mapped = sum(map(lambda x: x * x, range(600000)))
    filt = sum(filter(lambda x: x % 3 == 0, range(600000)))
    print("closures", c(), s, r, total(), mapped, filt)


main()
