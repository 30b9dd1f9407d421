# json.dumps errors and the default= / cls= hooks.
import json

for v in [set(), b'bytes', object, complex(1, 2), range(3), {'k': {1, 2}}, [1, [2, bytearray(b'x')]]]:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError', e)
for k in [(1, 2), b'k', frozenset(), object]:
    try:
        json.dumps({k: 1})
    except TypeError as e:
        print('TypeError', e)

a = []
a.append(a)
d = {}
d['self'] = d
b = [{'x': []}]
b[0]['x'].append(b)
for v in [a, d, b]:
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)


def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return {'re': o.real, 'im': o.imag}
    raise TypeError('cannot ' + type(o).__name__)


print(json.dumps([{3, 1, 2}, 1j, {'s': {5}}], default=default))
print(json.dumps({'c': 2 + 3j}, default=default, indent=2))
try:
    json.dumps([object()], default=default)
except TypeError as e:
    print('TypeError', e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
print(json.dumps(Loop(), default=lambda o: ['loop']))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {2, 1}}, cls=Encoder))
print(json.dumps({'s': frozenset([9])}, cls=Encoder, indent=1, sort_keys=True))
print(Encoder().encode([set()]), Encoder(separators=(',', ':')).encode({'a': [1]}))
print(Encoder(indent=2).item_separator, repr(json.JSONEncoder().key_separator))
try:
    json.dumps([object()], cls=Encoder)
except TypeError as e:
    print('TypeError', e)
print(''.join(json.JSONEncoder().iterencode({'a': [1, 2]})))
