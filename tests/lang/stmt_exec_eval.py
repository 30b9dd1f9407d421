# statements: exec and eval with explicit globals/locals dicts, return values, name isolation
g = {"x": 2}
print(eval("x * 21", g))
exec("y = x + 1", g)
print(g["y"], "y" in globals())
loc = {}
exec("z = 5\nw = z * 2", {}, loc)
print(sorted(loc.items()))
print(eval("a + b", {"a": 1}, {"b": 2}))
print(exec("1 + 1"))
src = """
def helper(n):
    return n * n
result = [helper(i) for i in range(4)]
"""
ns = {}
exec(src, ns)
print(ns["result"], callable(ns["helper"]))
print(eval("[i for i in range(3)]"), eval("(lambda q: q + 1)(1)"))
print(eval("len('abc')", {}), eval("__name__", {"__name__": "custom"}))
try:
    eval("undefined_thing", {})
except NameError as e:
    print("NameError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError")
counter = 0
exec("counter += 1")
print(counter)
def inner():
    exec("zz = 1")
    return "zz" in globals()
print(inner())
code = compile("q = 7", "<c>", "exec")
ns2 = {}
exec(code, ns2)
print(ns2["q"])
print(eval("  1 + 2  "), eval("\n3\n"))
