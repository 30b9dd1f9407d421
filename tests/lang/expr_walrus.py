# expressions: assignment expressions (:=) in conditions, comprehensions, scoping
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
print([total := total + x for x in range(5)], total)
def f():
    [w := c for c in "abc"]
    return w
print(f())
print((a := 3) + a)
print(a)
vals = [(s := 0), (s := s + 1), (s := s + 1)]
print(vals, s)
def g(xs):
    if any((hit := x) > 10 for x in xs):
        return hit
    return None
print(g([1, 20, 3]), g([1]))
bad = ["x := 5", "(x.y := 1)", "(a[0] := 1)", "[i := 0 for i in range(3)]",
       "def h():\n    [j for j in range((j := 3))]\n", "class C:\n    [(q := 1) for z in range(2)]\n"]
for src in bad:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print((k := 10, 20), k)
