# statements: simple and chained assignment, evaluation order of targets
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
log = []
class T:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def val():
    log.append("val")
    return 9
t = T()
t[1] = t[2] = val()
print(log)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
a = b = c = d = None
print(a is None and d is None)
n = 0
n = n + 1
n = n * 10
print(n)
s = t2 = "str"
s += "x"
print(s, t2)
