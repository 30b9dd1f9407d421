# list: aliasing, shallow copies (slice, list(), copy()), nested mutation visible through copies
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append(99)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def modify(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
orig = [1]
r = modify(orig)
print(orig, r)
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y, x is y)
nested = [[1], [2]]
copied = [inner[:] for inner in nested]
copied[0].append("only copy")
print(nested, copied)
s = [[]] * 2
s[0].append(1)
print(s, s[0] is s[1])
