# objects: None as default, sentinel, return value, in containers, comparison with is
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return None
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1) is None)
_missing = object()
def get(d, k, default=_missing):
    if k in d:
        return d[k]
    if default is _missing:
        raise KeyError(k)
    return default
print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "c")
except KeyError as e:
    print("KeyError", e)
vals = [None, 0, "", None, False]
print(vals.count(None), [v for v in vals if v is not None], sorted(vals, key=lambda v: v is None))
print(None in [0, False], None in [None], {None: "none key"}[None])
x = None
x = x or "fallback"
print(x)
print(print("inner") is None)
def proc(items=None):
    items = [] if items is None else items
    items.append(len(items))
    return items
print(proc(), proc(), proc([9]))
print(type(None)(), repr(type(None)), None.__class__.__name__, None.__bool__())
