# collections.defaultdict: dict subclass whose missing keys come from
# default_factory.
from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], len(d), isinstance(d, dict), d.default_factory)
print(dict(d), sorted(d.items()), list(d))
c = defaultdict(int)
for ch in 'hello world':
    c[ch] += 1
print(sorted(c.items()), c['zz'], len(c))
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
print(n, defaultdict(None, {'a': 1}), n.default_factory)
for bad in [5, 'x']:
    try:
        defaultdict(bad)
    except TypeError as e:
        print('TypeError', e)
print(defaultdict(int, a=1), defaultdict(int, [('b', 2)]), defaultdict(list, {'k': [1]}))
print('zz' in d, d.get('zz'), len(d), d.setdefault('q', 5), d.pop('q'))
dc = d.copy()
dc['new'].append(1)
print(type(dc).__name__, dc, dc.default_factory, d)
lam = defaultdict(lambda: 'dflt')
print(lam['k'], dict(lam))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
nested['x']['z'] += 1
print({k: dict(v) for k, v in nested.items()})
print(d == {'a': [1, 3], 'b': [2]}, d | {'c': [0]}, type(d | {'c': [0]}).__name__)
d.default_factory = set
d['s'].add(1)
print(d['s'], d.default_factory)


class Counter(defaultdict):
    def __init__(self):
        super().__init__(int)


cnt = Counter()
cnt['a'] += 5
print(cnt, type(cnt).__name__)
g = defaultdict(set)
g[1].add(2)
g[1].add(3)
print(sorted(g[1]), g.__missing__(9), sorted(g))
