# Generators: a multi-stage lazy pipeline, generator expressions, yield
# from, send(), and consuming generators with sum/any/list/zip.


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def chunks(src, k):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == k:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(lists):
    for lst in lists:
        yield from lst


def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total // n


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    pipe = sum(len(c) for c in chunks(only_odd(squares(naturals(1000000))), 7))
    total = sum(x % 1000 for x in flatten(chunks(naturals(700000), 5)))
    r = running_avg()
    next(r)
    last = 0
    for i in range(500000):
        last = r.send(i)
    f = fib_gen()
    fs = 0
    for _ in range(3000):
        fs = next(f)
    zipped = sum(a * b for a, b in zip(naturals(250000),
                                       squares(naturals(250000))))
    anyhit = any(x > 699990 for x in naturals(700000))
    print("generators", pipe, total, last, fs % 1000000007, zipped % 1000003,
          anyhit, list(squares(naturals(5))))


main()
