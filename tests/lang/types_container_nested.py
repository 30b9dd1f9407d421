# nested containers: equality, copies, shared references, membership
a = [1, [2, [3, [4]]]]
b = [1, [2, [3, [4]]]]
print(a == b, a is b, a[1][1] == b[1][1])
b[1][1][1].append(5)
print(a == b, a, b)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
d = {"list": [1, 2], "tuple": (3, [4]), "set": {5}, "dict": {"x": {"y": None}}}
print(d)
d["tuple"][1].append(40)
print(d["tuple"], (3, [4, 40]) == d["tuple"])
print([1, 2] in [[1, 2], [3]], (1, [2]) in [(1, [2])], {"a": [1]} in [{"a": [1]}])
m = {(1, (2, 3)): "deep"}
print(m[(1, (2, 3))], (1, (2, 3)) in m)
t = ([], {})
t[0].append(t[1])
t[1]["k"] = t[0]
print(len(t[0]), list(t[1]))
copy = [row[:] for row in grid]
copy[0][0] = 9
print(grid[0], copy[0])
print(sorted([[3, "c"], [1, "a"], [2, "b"]]), max([(1, [2]), (1, [3])]))
s = {frozenset([1, 2]): [frozenset()], (1, 2): {3: (4,)}}
print(s[frozenset([2, 1])], s[(1, 2)][3])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(r) for r in zip(*grid)])
