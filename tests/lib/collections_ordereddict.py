# collections.OrderedDict: a dict subclass with order-aware operations.
from collections import OrderedDict

o = OrderedDict()
print(o, repr(o), isinstance(o, dict), len(o))
o['b'] = 1
o['a'] = 2
o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end('b')
print(o)
o.move_to_end('c', last=False)
print(o)
o.move_to_end('c', False)
print(o)
try:
    o.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(o.popitem(), o.popitem(last=False), o)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(a=1, b=2), OrderedDict([('x', 1), ('y', 2)]), OrderedDict({'k': 'v'}, z=0))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0), type(OrderedDict.fromkeys('a')).__name__)
o = OrderedDict(a=1, b=2)
o['a'] = 10
print(o)
del o['a']
o['a'] = 1
print(o, o.get('a'), o.get('q', 'default'), 'a' in o, o.setdefault('n', 9), o.pop('b'), o)
o.update([('z', 26)], y=25)
o.update({'b': 2})
print(o)
c = o.copy()
c['new'] = 1
print(o, c, type(c).__name__)
print(list(reversed(OrderedDict(a=1, b=2, c=3))), sorted(OrderedDict(b=1, a=2)))
r = OrderedDict()
r['self'] = r
print(r)
print(OrderedDict([('a', [1, 2]), ('b', {'c': 3})]))
print(dict(OrderedDict(x=1)), OrderedDict(x=1) | {'y': 2}, {'w': 0} | OrderedDict(x=1))
o = OrderedDict(a=1)
o |= {'b': 2}
print(o, type(o).__name__)
o.clear()
print(o, bool(o))
