# lexing: multiple dedents at once, deeply nested blocks, and dedent to non-zero levels at EOF
def deep(n):
    if n > 0:
        if n > 1:
            if n > 2:
                if n > 3:
                    return "4+"
                return "3"
            return "2"
        return "1"
    return "0"
print([deep(i) for i in range(6)])
src = "def f():\n    if 1:\n        if 1:\n            x = 1\n    return 'dedented twice'\nr = f()"
ns = {}
exec(src, ns)
print(ns["r"])
src2 = "if 1:\n    if 1:\n        y = 'no trailing newline at EOF'"
ns = {}
exec(src2, ns)
print(ns["y"])
src3 = "class A:\n  def m(self):\n      return 'mixed widths ok'\nv = A().m()\n"
ns = {}
exec(src3, ns)
print(ns["v"])
src4 = "for i in range(2):\n    for j in range(2):\n        pass\n    pass\nz = (i, j)\n"
ns = {}
exec(src4, ns)
print(ns["z"])
src5 = "if 1:\n\n    \n    a = 'blank lines with spaces ignored'\n\n"
ns = {}
exec(src5, ns)
print(ns["a"])
src6 = "if True:\n    pass\n  # comment at odd indent\nb = 2\n"
ns = {}
exec(src6, ns)
print(ns["b"])
