# list.sort: exceptions in comparisons and keys, mutation during sort
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("bad compare")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
for n in (5, 20, 100):
    l = [Bad((i * 37) % n) for i in range(n)] + [Bad(13)]
    before = sorted(b.v for b in l)
    try:
        l.sort()
    except ValueError as e:
        print("ValueError", e)
    print(n, len(l), sorted(b.v for b in l) == before)
def key(x):
    if x == 3:
        raise KeyError(x)
    return -x
l = [1, 2, 3, 4]
try:
    l.sort(key=key)
except KeyError as e:
    print("KeyError", e)
print(l)
l = [4, 3, 2, 1]
try:
    l.sort(key=key, reverse=True)
except KeyError as e:
    print("KeyError", e)
print(l)
l = [3, 1, 2]
def mutate(x):
    l.append(x)
    return x
try:
    l.sort(key=mutate)
except ValueError as e:
    print("ValueError", e)
print(l)
l = [3, 1, 2]
seen = []
def look(x):
    seen.append(len(l))
    return x
l.sort(key=look)
print(l, seen)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1, None].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{1}, 2])
except TypeError as e:
    print("TypeError", e)
calls = []
def k(x):
    calls.append(x)
    return x % 3
r = sorted([5, 4, 3, 2, 1, 0], key=k)
print(r, calls)
