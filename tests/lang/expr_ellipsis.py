# expressions: the Ellipsis singleton and its uses in subscripts
print(...)
print(Ellipsis, ... is Ellipsis, type(...) is type(Ellipsis))
print(repr(...), str(...))
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[...])
print(g[1, ...])
print(g[..., 2:3])
print(g[1:2, ::3])
print(g[:, None])
x = ...
print(bool(...), x == ..., x != None)
def stub():
    ...
print(stub())
print([..., ...].count(...))
d = {...: "ellipsis key"}
print(d[...])
try:
    ... + 1
except TypeError as e:
    print("TypeError", e)
