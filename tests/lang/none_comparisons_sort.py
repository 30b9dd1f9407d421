# objects: None compares equal only to itself; ordering raises; sorting lists with None via keys
print(None == None, None != None, None == 0, None == "", None == [], None == False)
for other in [None, 0, "a", 1.5]:
    try:
        print(None < other)
    except TypeError as e:
        print("TypeError", e)
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v or 0)))
print(sorted(vals, key=lambda v: (v is not None, v or 0)))
print([v for v in vals if v is not None], vals.count(None), vals.index(None))
try:
    sorted(vals)
except TypeError as e:
    print("TypeError", e)
print(max([1, 2], default=None), min([], default=None), {None, None, 1} == {1, None})
print(None in {None: 1}, None in (1, 2), [None] * 3 == [None, None, None])
d = {"a": None}
print(d.get("a", "default"), d.get("b", "default"), "a" in d)
