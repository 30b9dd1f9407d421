# generators: running state, re-entrancy error, gi_* style behaviour via exceptions
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_raising():
    yield 1
    raise KeyError("inside")
g = gen_raising()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "after exception gen is finished"))
def stop_inside():
    yield 1
    raise StopIteration("x")
g = stop_inside()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)
def gen_with_args(a, *rest, k=0):
    yield a
    yield from rest
    yield k
print(list(gen_with_args(1, 2, 3, k=4)))
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
