# classes: iterables (re-iterable, fresh iterator each time) vs iterators (single pass)
class Iterable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Iterator(self.n)
class Iterator:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
able = Iterable(3)
print(list(able), list(able), sum(able), [(a, b) for a in able for b in able if a < b])
tor = Iterator(3)
print(list(tor), list(tor))
tor = Iterator(4)
print([(a, b) for a in tor for b in tor])
tor = Iterator(5)
for x in tor:
    if x == 2:
        break
print("continues from", next(tor), list(tor))
print(iter(tor) is tor, iter(able) is not iter(able))
print(list(zip(Iterable(3), Iterable(3))), list(zip(tor, tor)))
t2 = Iterator(6)
print(list(zip(t2, t2)))
