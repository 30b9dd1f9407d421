# list: exact error messages
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop(-2))
t(lambda: [1, 2].remove(3))
t(lambda: [1, 2].index(3))
t(lambda: [1, 2].index("x"))
t(lambda: [1, 2].index(1, 1))
t(lambda: [1][1])
t(lambda: [1][-2])
one = [1]
for key in ("a", None, 1.0):
    t(lambda: one[key])
t(lambda: [] + ())
t(lambda: [] + 1)
t(lambda: [] * [])
t(lambda: [] * 2.0)
t(lambda: 2.0 * [])
t(lambda: [1] < 1)
t(lambda: [1] < (1,))
t(lambda: [1, 2] < [1, "a"])
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: [].pop("a"))
t(lambda: [].insert("a", 1))
t(lambda: [].sort(1))
t(lambda: [3, "a"].sort())
def f():
    l = [1]
    l[5] = 2
t(f)
def g():
    l = [1]
    del l[5]
t(g)
def h():
    l = [1, 2, 3]
    l[::2] = [1]
t(h)
def i():
    l = [1, 2, 3]
    l[::-1] = [1, 2]
t(i)
def j():
    l = [1, 2, 3]
    l[0:1] = 5
t(j)
def k():
    l = [1, 2, 3]
    l[::2] = 5
t(k)
def m():
    l = [1, 2, 3]
    l[::0] = []
t(m)
