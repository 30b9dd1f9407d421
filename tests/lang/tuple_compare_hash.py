# tuple: comparisons element by element, hashing nested tuples, tuples as dict/set keys
print((1, 2) < (1, 3), (1, 2) < (2,), (1,) < (1, 0), () == (), (1, 2) == (1.0, 2.0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 9), (2, 0)]), min([(0, "z"), (0, "a")]))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print(hash((1, 2)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
grid = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(grid[(0, 0)], grid[1, 0], (0, 1) in grid, (2, 2) in grid)
visited = {(0, 0), (0, 1), (0, 0)}
print(len(visited), sorted(visited))
try:
    {([1], 2): 0}
except TypeError as e:
    print("TypeError", e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
print((1, "a") == (1, 2), (None,) == (None,))
fs = frozenset([(1, 2), (3, 4)])
print((1, 2) in fs, {fs: "ok"}[frozenset([(3, 4), (1, 2)])])
