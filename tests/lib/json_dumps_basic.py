# json.dumps of the basic types: output text as CPython's encoder writes it.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(123456789012345678901234567890))
for f in [0.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 123.0, 1 / 3, 2.5e-300, 1e300, float('nan'), float('inf'), -float('inf')]:
    print(json.dumps(f))
print(json.dumps('plain'), json.dumps(''), json.dumps('quote " backslash \\ slash /'))
print(json.dumps('\n\r\t\b\f\x00\x01\x1f\x7f'))
print(json.dumps('é ü € 😀 \u2028'))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps({'a': {}}))
print(json.dumps([1, 'two', 3.0, None, [True, False], {'k': 'v'}]))
print(json.dumps((1, (2, 3))))
print(json.dumps({'b': 1, 'a': 2, 'c': [1, 2]}))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', False: 'f', None: 'none'}))
print(json.dumps({-0.0: 1, 1e16: 2, float('inf'): 3}))


class S(str):
    pass


class I(int):
    def __repr__(self):
        return 'I!'


class F(float):
    def __repr__(self):
        return 'F!'


class L(list):
    pass


class D(dict):
    pass


print(json.dumps([S('sub'), I(7), F(0.25), L([1, 2]), D(x=1)]))
print(json.dumps({S('k'): I(3)}))
print(type(json.dumps(1)).__name__)
