# json.loads errors: JSONDecodeError messages, positions and attributes.
import json

cases = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
         '{"a":1,}', '{"a" 1}', '{1:2}', "{'a': 1}", '"abc', '"a\\', '"a\\q"', '"\\u12"', '"\\u12zz"',
         '"\\x41"', '"a\nb"', '"\t"', 'nul', 'tru', 'fals', 'None', '-', '-a', '01', '1.', '1.e5', '1e',
         '.5', '+1', 'infinity', 'nan', '[1]x', '1 2', '{"a":1}}', '[-]', '[1e+]', 'true false',
         '\n\n  [1,\n   2,,]', '["é", x]', '{"ключ" 1}', '"😀\\q"', '"\\ud83d\\u12"', '"\\u1234',
         '[1, 2', '[' * 3, '{"a": [1, {"b": }]}', '\ufeff[1]']
for c in cases:
    try:
        print(repr(c), 'ok', json.loads(c))
    except json.JSONDecodeError as e:
        print(repr(c), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == c)
try:
    json.loads('[1 2]')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
e = json.JSONDecodeError('Custom', 'line1\nline2\nline3', 9)
print(e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [None, 1, 1.5, [], object()]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
