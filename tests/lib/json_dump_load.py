# json.dump / json.load with any object that has write() / read().
import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return ''.join(self.parts)


class Reader:
    def __init__(self, text):
        self.text = text
        self.calls = 0

    def read(self):
        self.calls += 1
        return self.text


w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'é'}, w)
print(w.text())
w = Writer()
json.dump([1, {'z': 1, 'a': 2}], w, indent=2, sort_keys=True)
print(w.text())
w = Writer()
json.dump('x', w, ensure_ascii=False)
print(w.text())
r = Reader(w.text())
print(json.load(r), r.calls)
r = Reader('{"n": [1, 2.5, true]}')
print(json.load(r))
print(json.load(Reader('{"a": {"b": 1}}'), object_hook=lambda d: list(d)))
print(json.load(Reader(b'[1, 2]')))
try:
    json.load(Reader('[1,'))
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
try:
    json.dump(object(), Writer())
except TypeError as e:
    print('TypeError', e)
try:
    json.dump([1], object())
except AttributeError as e:
    print('AttributeError')
w = Writer()
json.dump({'s': {1}}, w, default=sorted)
print(w.text())
