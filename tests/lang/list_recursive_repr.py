# list: self-referencing containers print with [...] / {...}, equality of nested lists
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
b = [a, a]
print(b)
d = {"k": 1}
d["self"] = d
print(d)
l = [d]
print(l)
t = ([],)
t[0].append(t)
print(t)
x = [[1, 2], [3, [4, 5]]]
y = [[1, 2], [3, [4, 5]]]
print(x == y, x is y, x[1][1] == y[1][1])
y[1][1].append(6)
print(x == y, x < y)
empty = []
print([empty, empty], [[]] == [[]], [[], []] == [[]] * 2)
class R:
    def __repr__(self):
        return "R()"
print([R(), [R()]], {"r": R()}, (R(),))
