# list: builtin functions on lists: len/min/max/sum/sorted/reversed/any/all/enumerate/zip/list()
l = [4, -2, 7, 0, 7, 3]
print(len(l), min(l), max(l), sum(l), sum(l, 100), sorted(l), list(reversed(l)))
print(any(l), all(l), any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]))
print(list(enumerate(l))[:3], list(zip(l, l[1:]))[:2])
print(min(l, key=abs), max(l, key=lambda x: -x), min([], default="empty"), max([[1], [1, 0]]))
print(l.index(7), l.count(7), 7 in l, 8 in l, l[::-1] == list(reversed(l)))
print(list(map(abs, l)), [x for x in l if x > 0])
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
print(list("abc"), list(range(3)), list({1: 2}), list((x for x in "xy")), list())
print(sorted(l, reverse=True)[:2], l)
