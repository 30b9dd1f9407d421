# reversed() over containers and their iterators
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(range(3))), list(reversed("abc")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(5, 6))))
r = reversed(range(1, 4))
print(next(r), list(r))
e = reversed({})
print(list(e))
it = reversed(d)
print(next(it))
d["z"] = 0
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
print([x for x in reversed(range(-5, 5, 2))])
l = [1, 2, 3]
ri = reversed(l)
l.append(4)
print(list(ri))
try:
    reversed({1, 2})
except TypeError as ex:
    print("TypeError", ex)
print(list(reversed(list(range(5))[1:4])))
