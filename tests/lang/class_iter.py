# classes: iteration protocol with __iter__/__next__, separate iterators, StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), [x * 2 for x in c], sum(c), max(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
a, b, d = Countdown(3)
print(a, b, d)
print(3 in Countdown(5), 7 in Countdown(5))
print(list(zip(Countdown(3), "abc")), dict(zip("xy", Countdown(2))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib()
out = []
for v in f:
    if v > 50:
        break
    out.append(v)
print(out, next(f))
sentinel_src = iter([1, 2, 0, 3])
print(list(iter(lambda: next(sentinel_src), 0)))
