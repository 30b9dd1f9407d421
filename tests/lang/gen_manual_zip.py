# generators: reimplementing zip, enumerate, chain, cycle-with-limit, and accumulate as generators
def my_zip(*iterables):
    its = [iter(i) for i in iterables]
    if not its:
        return
    while True:
        out = []
        for it in its:
            try:
                out.append(next(it))
            except StopIteration:
                return
        yield tuple(out)
def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
def my_chain(*its):
    for it in its:
        yield from it
def cycle_n(it, n):
    saved = list(it)
    for _ in range(n):
        yield from saved
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
print(list(my_zip("abc", [1, 2, 3, 4])), list(my_zip()), list(my_zip([])))
print(list(my_enumerate("xy", 1)), list(my_chain([1], (2, 3), "ab")))
print(list(cycle_n("ab", 3)), list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)))
print(list(accumulate([])), list(accumulate("abc")))
print(list(my_zip(my_enumerate("pq"), accumulate(range(5)))))
