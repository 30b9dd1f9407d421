# tuple: hashing consistency, tuples as keys, unhashable items
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((True, "a")) == hash((1, "a")))
print(hash((1, 2)) != hash((2, 1)), hash((0,)) != hash((0, 0)))
d = {(1, 2): "a", (3,): "b", (): "c"}
print(d[(1, 2)], d[3,], d[()], (1, 2) in d, (2, 1) in d)
d[1, 2] = "z"
print(d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (1, 2) in s)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {(1, {}): 1}
except TypeError as e:
    print("TypeError", e)
print(hash(((),)) == hash(((),)), type(hash((1, 2))).__name__)
h = {}
for i in range(50):
    h[(i, i * 2)] = i
print(len(h), h[(49, 98)], sum(h.values()))
print(hash(tuple(range(100))) == hash(tuple(list(range(100)))))
