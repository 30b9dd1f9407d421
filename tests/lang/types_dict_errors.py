# dict: KeyError forms and exact error messages
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e), e)
d = {"a": 1}
t(lambda: d["missing"])
t(lambda: d[(1, 2)])
t(lambda: d[1.5])
t(lambda: d.pop("nope"))
t(lambda: {}.popitem())
t(lambda: d[[1]])
t(lambda: d.get([1]))
t(lambda: {[]: 1})
t(lambda: [] in d)
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(["abc"]))
t(lambda: dict([(1, 2)], [(3, 4)]))
t(lambda: d.update(1, 2))
t(lambda: d.update([[1]]))
t(lambda: {**[1]})
t(lambda: d < d)
t(lambda: d + d)
t(lambda: hash({}))
t(lambda: d | [("b", 2)])
def delmissing():
    x = {1: 2}
    del x[3]
t(delmissing)
def grow():
    x = {1: 1, 2: 2}
    for k in x:
        x[k + 10] = 0
t(grow)
def shrink():
    x = {1: 1, 2: 2}
    for k in x:
        del x[k]
t(shrink)
def viewgrow():
    x = {1: 1}
    for k, v in x.items():
        x[5] = 5
t(viewgrow)
def sameplace():
    x = {1: 1, 2: 2}
    for k in x:
        x[k] = 3
    return x
print(sameplace())
t(lambda: d[None])
t(lambda: {}[""])
t(lambda: {}[()])
