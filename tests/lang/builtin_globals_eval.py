# builtins: globals() dict reads/writes, eval/exec with namespaces, __builtins__-free usage
x = 10
g = globals()
print(g["x"], "x" in g, "nope" in g)
g["created_via_globals"] = "hello"
print(created_via_globals)
def f():
    return globals() is g
print(f())
ns = {"a": 2, "b": 3}
print(eval("a ** b", ns), eval("a * x", {"a": 2, "x": 21}))
exec("c = a + b", ns)
print(ns["c"], sorted(k for k in ns if not k.startswith("__")))
print(eval("len('four')"), eval("max([1, 5, 3])"))
code = "def sq(v):\n    return v * v\n"
exec(code)
print(sq(9))
print(eval("[i * 2 for i in range(3)]"), eval("{'k': 1}['k']"))
print(eval("x if x > 5 else -x"), eval("lambda q: q + x")(1))
