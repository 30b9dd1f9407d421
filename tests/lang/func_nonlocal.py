# functions: nonlocal rebinding in enclosing function scopes
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())
def two_levels():
    a = 1
    def mid():
        a = 2
        def inn():
            nonlocal a
            a = 3
        inn()
        return a
    return mid(), a
print(two_levels())
def multi():
    p, q = 1, 2
    def f():
        nonlocal p, q
        p, q = q, p
    f()
    return p, q
print(multi())
for src in ["nonlocal x", "def f():\n    nonlocal zz\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
