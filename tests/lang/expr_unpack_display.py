# expressions: * and ** unpacking in list/tuple/set/dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*a,))
print(sorted({*a, *b, 1}))
print({**{"x": 1}, "y": 2, **{"x": 3}})
print({"x": 0, **{"x": 9}})
print([*"abc", *range(2), *{7: 8}])
print([*[], *()])
d1 = {"a": 1}
d2 = {"b": 2}
merged = {**d1, **d2}
print(merged, d1, d2)
print(*[1, 2], *[3], sep="-")
first, *middle, last = [*a, *b]
print(first, middle, last)
try:
    [*5]
except TypeError as e:
    print("TypeError", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError", e)
print({**{1: "int"}, **{1.0: "float"}})
print(len([*range(1000)]))
t = *a, *b
print(t)
for src in ["*a", "print(**d)", "[**d]"]:
    try:
        compile(src, "<test>", "eval")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError")
