# OrderedDict equality is order-sensitive against another OrderedDict and
# order-insensitive against a plain dict; popitem/move_to_end as an LRU.
from collections import OrderedDict

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, b == {'x': 1, 'y': 2}, a == OrderedDict(x=1, y=2))
print(a == [('x', 1), ('y', 2)], a != 'x', OrderedDict() == {}, OrderedDict() == OrderedDict())
try:
    hash(a)
except TypeError:
    print('unhashable')


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def get_item(self, key):
        value = self[key]
        self.move_to_end(key)
        return value

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)


cache = LRU(3)
for k in 'abcabd':
    cache.put(k, k.upper())
print(list(cache.items()))
cache.get_item('b')
cache.put('e', 'E')
print(list(cache), isinstance(cache, dict), isinstance(cache, OrderedDict))
seq = OrderedDict()
for i, ch in enumerate('mississippi'):
    seq.setdefault(ch, []).append(i)
print(seq)
while seq:
    print(seq.popitem(last=len(seq) % 2 == 0))
