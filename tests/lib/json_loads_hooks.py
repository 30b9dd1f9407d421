# json.loads hooks and options, JSONDecoder and raw_decode, bytes input.
import json

doc = '{"a": 1, "b": [1.5, 2, {"c": null}], "a": 3}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=lambda p: ('pairs', len(p)), object_hook=lambda d: 'unused'))
print(json.loads('[1, 2.5, -3, 1e2, 0]', parse_int=lambda s: 'int:' + s, parse_float=lambda s: 'float:' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: '<' + s + '>'))
print(json.loads('[12345678901234567890, 0.5]', parse_int=float, parse_float=str))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def hook(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d


print(json.loads('[{"x": 1, "y": 2}, {"x": 3}, {"p": {"x": 0, "y": 0}}]', object_hook=hook))
print(repr(json.loads('"tab\there"', strict=False)), repr(json.loads('["\\n", "a\nb"]', strict=False)))
try:
    json.loads('"tab\there"', strict=True)
except json.JSONDecodeError as e:
    print(e)
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('[1, 2] trailing'), dec.raw_decode('xx{"a": 1}yy', 2))
for args in [('  [1]',), ('[1]', 5), ('abc',)]:
    try:
        print(dec.raw_decode(*args))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
dec2 = json.JSONDecoder(object_hook=lambda d: len(d), parse_float=lambda s: round(float(s)))
print(dec2.decode('[{"a": 1, "b": 2}, 2.7]'))


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"k": {"inner": 1}}', cls=MyDecoder))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads(bytearray(b'[1, 2]')), json.loads(b'\xef\xbb\xbf[3]'))
