# statements: for-loop targets can be attributes, subscripts, slices, starred and nested tuples
class Obj:
    pass
o = Obj()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["key"] in "xyz":
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for (a, b), [c, d2] in [((1, 2), (3, 4)), ((5, 6), (7, 8))]:
    print(a + b + c + d2)
buf = [0] * 4
for buf[1:3] in [[9, 9], "xy"]:
    pass
print(buf)
for _ in range(2):
    pass
print(_)
for x, in [(1,), (2,)]:
    print("single", x)
try:
    for p, q in [(1, 2), (3,)]:
        print(p, q)
except ValueError as e:
    print("ValueError", e)
