# builtins: iter() on sequences and with sentinel, next() with default, iterator protocol of builtins
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
data = [1, 2, 0, 3]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
print(iter(it) is it, iter(range(2)) is not iter(range(2)))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
r = iter(range(3))
print(sum(r), sum(r))
z = zip("ab", [1, 2])
print(next(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
m = map(str, [1])
print(next(m), next(m, "mapped out"))
