# generators: yield from delegation, return values, send/throw forwarding
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("sent"))
print(next(g))
print(next(g, "end"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def thrower():
    try:
        yield 1
    except ValueError:
        yield "handled inside"
def deleg():
    yield from thrower()
d = deleg()
next(d)
print(d.throw(ValueError))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
