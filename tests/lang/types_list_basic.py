# list: construction, repr, len, truth, append, extend
print([], [1], [1, 2], list(), list("ab"), list((1, 2)), list(range(3)), list({1: 2}))
l = []
print(len(l), bool(l))
l.append(1)
l.append("x")
l.append([2])
print(l, len(l), bool(l))
l.extend([3, 4])
l.extend((5,))
l.extend(range(6, 8))
l.extend("ab")
l.extend({9: 0})
l.extend(x for x in [10])
print(l)
m = [1, 2]
m.extend(m)
print(m)
m.append(m[:])
print(m)
a = [1, 2, 3]
b = list(a)
print(a == b, a is b)
print(repr([None, True, 1.5, "s", (1,)]), str(["q"]))
print(type([]).__name__, type([]) is list)
big = []
for i in range(1000):
    big.append(i)
print(len(big), big[500], sum(big))
try:
    list(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    list(5)
except TypeError as e:
    print("TypeError", e)
try:
    [].extend(3)
except TypeError as e:
    print("TypeError", e)
print(list([[]]), [[]] * 2, [[], []])
