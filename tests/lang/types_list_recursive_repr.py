# recursive containers print as [...], {...}, (...)
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, a]
print(b)
d = {"k": 1}
d["self"] = d
print(d)
c = [d]
d["list"] = c
print(d, c)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
class R:
    def __repr__(self):
        return "R(" + repr(self.l) + ")"
r = R()
r.l = [r]
print(r, [r])
e = {}
e[1] = [e, {2: e}]
print(e)
s = [1]
s.append([s, [s]])
print(s)
class Boom:
    def __repr__(self):
        raise RuntimeError("boom")
q = [1, Boom()]
try:
    print(q)
except RuntimeError as ex:
    print("RuntimeError", ex)
z = [q]
print(len(repr(a)), repr([z[0][0]]))
print(a)
