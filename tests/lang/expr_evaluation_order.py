# expressions: left-to-right evaluation of operands, arguments, displays and subscripts
log = []
def v(name, val):
    log.append(name)
    return val
def show(label):
    print(label, log)
    log.clear()
v("a", 1) + v("b", 2) * v("c", 3)
show("arith")
v("a", 2) ** v("b", 3) ** v("c", 1)
show("power")
[v("x", 1), v("y", 2), *[v("z", 3)]]
show("list")
{v("k1", 1): v("v1", 1), **{v("k2", 2): v("v2", 2)}}
show("dict")
(lambda *a, **k: None)(v("p1", 1), *[v("p2", 2)], k=v("kw", 3), **{"z": v("kw2", 4)})
show("call")
v("seq", [1, 2, 3])[v("start", 0):v("stop", 2)]
show("slice")
v("obj", "abc").upper()
show("method")
v("t", True) if v("cond", False) else v("f", False)
show("ternary")
v("l", 1) < v("m", 2) > v("r", 0)
show("chain")
x = [v("e%d" % i, i) for i in range(3)]
show("comprehension")
print(v("first", "1"), v("second", "2"), sep=v("sep", "-"))
show("print args")
