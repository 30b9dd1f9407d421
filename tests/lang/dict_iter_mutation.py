# dict: iteration while mutating raises; iterating over a copy; changing values is allowed
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
d = {i: i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k, v in list(d.items()):
    d[k + 100] = v
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2}
keys = d.keys()
d["c"] = 3
print(list(keys))
