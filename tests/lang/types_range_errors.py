# range: constructor errors and unsupported operations
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1.5))
t(lambda: range(0, 1.0))
t(lambda: range(0, 10, 0))
t(lambda: range("3"))
t(lambda: range(None))
t(lambda: range(stop=3))
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(lambda: range(3) < range(4))
t(lambda: range(3).append)
t(lambda: len(range(3)) + "")
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 2)), hash(range(1, 2, 9)) == hash(range(1, 3, 5)))
d = {range(3): "r"}
print(d[range(0, 3, 1)])
print(range(5).count(2), range(5).index(4))
print(range(0, -5, -1).start, range(5).__len__() if False else "n/a")
