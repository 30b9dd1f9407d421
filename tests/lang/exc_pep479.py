# exceptions: StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    next(iter([]))
    yield 2
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def explicit():
    yield 1
    raise StopIteration("explicit")
try:
    list(explicit())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def proper():
    yield 1
    return "fine"
print(list(proper()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(It()))
def wraps_iter():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(wraps_iter()))
