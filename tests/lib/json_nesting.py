# Deeply nested documents: moderate depth works, excessive depth raises
# RecursionError (never a crash) in both directions.
import json

v = []
for i in range(50):
    v = [v, {'k': v}] if i % 10 == 0 else [v]
s = json.dumps(v)
print(len(s), json.loads(s) == v)
print(json.loads('[' * 200 + ']' * 200) == json.loads(json.dumps(json.loads('[' * 200 + ']' * 200))))
for text in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print('RecursionError', e)
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError')
d = {}
cur = d
for i in range(5000):
    cur['x'] = {}
    cur = cur['x']
try:
    json.dumps(d, indent=1)
except RecursionError as e:
    print('RecursionError')
print(json.dumps([[[[1]]]], indent=1))
