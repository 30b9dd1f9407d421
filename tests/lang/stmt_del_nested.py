# statements: del on nested targets, del in loops, del of globals from functions, del then reuse
data = {"a": [1, 2, 3], "b": {"x": 1, "y": 2}}
del data["a"][1]
del data["b"]["x"]
print(data)
lst = [[1, 2], [3, 4]]
del lst[0][0], lst[1][1]
print(lst)
g = "global value"
def remove_global():
    global g
    del g
remove_global()
print("g" in globals())
g = "recreated"
print(g)
def local_del():
    x = 1
    del x
    x = 2
    return x
print(local_del())
items = list(range(10))
while items:
    del items[0]
    if len(items) == 5:
        break
print(items)
class A:
    pass
a = A()
a.x, a.y = 1, 2
del (a.x), [a.y]
print(hasattr(a, "x"), hasattr(a, "y"))
d = {i: i for i in range(5)}
for k in [k for k in d if k % 2]:
    del d[k]
print(d)
try:
    del undefined_for_del
except NameError as e:
    print("NameError", e)
