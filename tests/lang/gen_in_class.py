# generators: generator methods, __iter__ as a generator, iterating objects multiple times
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def row(self, y):
        for x in range(self.w):
            yield x + y * self.w
    def __len__(self):
        return self.w * self.h
r = Range2D(3, 2)
print(list(r), len(r), list(r.row(1)))
print(list(r) == list(r), (2, 1) in r, (3, 0) in r)
class Linked:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = (v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node[0]
            node = node[1]
    def __reversed__(self):
        return reversed(list(self))
l = Linked(1, 2, 3)
print(list(l), list(reversed(l)), sum(l), max(l))
class Tokens:
    def __init__(self, text):
        self.text = text
    def words(self):
        for w in self.text.split():
            yield w.strip(".,").lower()
    def counts(self):
        c = {}
        for w in self.words():
            c[w] = c.get(w, 0) + 1
        return c
t = Tokens("The cat. The dog, the end.")
print(list(t.words()), t.counts())
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2))
