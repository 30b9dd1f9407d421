# json.dumps options: indent, separators, sort_keys, skipkeys, ensure_ascii,
# allow_nan, check_circular.
import json

data = {'name': 'x', 'list': [1, 2, {'deep': [3, []]}], 'empty': {}, 'z': None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent='--'))
print(json.dumps(data, indent=-1))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(' , ', ' : ')))
print(json.dumps(data, indent=2, separators=(',', ' = ')))
print(json.dumps(data, sort_keys=True))
print(json.dumps({'b': {'d': 1, 'c': 2}, 'a': [{'y': 1, 'x': 2}]}, sort_keys=True, indent=1))
print(json.dumps({3: 'a', 1: 'b', 2: 'c'}, sort_keys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 'tuple key', 'ok': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 'only'}, skipkeys=True))
print(json.dumps(['é', '😀'], ensure_ascii=False))
print(json.dumps({'ключ': 'значение'}, ensure_ascii=False, indent=1))
print(json.dumps(['\x00\n"\\', '\x7f'], ensure_ascii=False))
print(json.dumps([float('nan'), float('inf')]))
for v in [float('nan'), [float('inf')], {'k': -float('inf')}, {float('nan'): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([1.0, 2], allow_nan=False))
a = [1, 2]
print(json.dumps([a, a, {'x': a}]))
print(json.dumps([a, a], check_circular=False))
for bad in [(1, 2), ('a', 1), None]:
    try:
        print(json.dumps([1], separators=bad))
    except TypeError as e:
        print('TypeError', e)
