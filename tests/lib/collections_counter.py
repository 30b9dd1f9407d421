# collections.Counter: counting, most_common, arithmetic, comparisons.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), isinstance(c, dict), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), sorted(c.elements()))
c.update('aaz')
c.update({'b': 10}, q=3)
print(c)
c.subtract('a' * 10)
c.subtract(z=1)
print(c, c['a'])
print(Counter(), Counter(a=2, b=-1), Counter({'x': 1}), Counter(['u', 'v', 'u']), repr(Counter('aa')))
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2))
print(a == Counter(a=3, b=1, c=2), a == Counter(a=3, b=1, c=2, z=0), a != b, a <= a + b, a < a, b >= Counter(a=1))
x = Counter(a=1)
x += Counter(a=2, b=-5)
print(x)
x -= Counter(a=10)
print(x)
y = Counter(a=3, b=3)
y |= Counter(a=5)
y &= Counter(a=4, b=1)
print(y)
del y['missing']
del y['a']
print(y, y.copy(), type(y.copy()).__name__)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3), sorted(Counter(len(w) for w in words).items()))
