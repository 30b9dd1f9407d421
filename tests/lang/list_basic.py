# list: construction, indexing, slicing, concatenation, repetition, comparison, nesting
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::-1], l[::3])
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1}), [[]] * 2)
print([1, 2] + [3], [0] * 4, 2 * ["x"], [] * 10)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9], [] < [0])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
alias = [[0]] * 3
alias[0].append(1)
print(alias)
for call in [lambda: l[8], lambda: l[-9], lambda: [][0]]:
    try:
        call()
    except IndexError as e:
        print("IndexError", e)
try:
    l["a"]
except TypeError as e:
    print("TypeError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
r = [1, 2, 3]
r.append(r)
print(r)
print([1, "a", None, 2.5, [True]], repr([]), str(["q"]))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
print(l.__len__(), l.__getitem__(1), [5, 6].__contains__(6))
