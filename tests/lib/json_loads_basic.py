# json.loads: values, whitespace, strings with escapes, numbers.
import json

for text in ['null', 'true', 'false', '0', '-0', '42', '-17', '123456789012345678901234567890',
             '1.5', '-0.0', '1e3', '1E+3', '2.5e-3', '1e400', '-1e400', '0.1', '12.0',
             '"s"', '""', '[]', '{}', '[[]]', '{"a": {}}', ' \t\n\r 7 \n', '[1, "2", [3.5, null]]',
             '{"b": 1, "a": [true, false]}', '{"dup": 1, "dup": 2}', 'NaN', 'Infinity', '-Infinity']:
    v = json.loads(text)
    print(repr(text), repr(v), type(v).__name__)
for text in [r'"\n\t\r\b\f\\\/\""', r'"\u0041\u00e9\u20ac"', r'"\ud83d\ude00"', r'"a\u0000b"',
             '"é direct ü"', '"😀"', r'"\u00E9\u00e9"', r'"mixed \u0041 é \ud83d\ude00 end"']:
    v = json.loads(text)
    print(repr(text), repr(v), len(v))
print(json.loads('{"k": [1, {"n": [2, {"m": null}]}]}'))
print(json.loads('  [ 1 , 2 ,\n 3 ]  '))
print(json.loads('{"a" : 1 , "b" :2}'))
print(json.loads('"\u2028\u2029"') == '\u2028\u2029')
v = json.loads('[1.0, 1, 1e0]')
print([type(x).__name__ for x in v])
print(json.loads(json.dumps({'round': [1, 2.5, 'x', None, True]})))
