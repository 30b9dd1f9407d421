# generators: chained generator pipelines processed lazily, item by item
log = []
def source(n):
    for i in range(n):
        log.append("src %d" % i)
        yield i
def square(it):
    for x in it:
        log.append("sq %d" % x)
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            log.append("keep %d" % x)
            yield x
pipe = evens(square(source(5)))
print(log)
print(next(pipe))
print(log)
print(list(pipe))
print(log[-4:])
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda v: v < 10, running_total(range(100)))))
lines = ["# comment", "a=1", "", "b = 2", "#x", "c=3"]
parsed = (l.split("=") for l in lines if l and not l.startswith("#"))
print({k.strip(): int(v) for k, v in parsed})
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (True,))))
