# set: add, discard, remove, pop, clear, copy
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.discard(2)
s.discard(99)
print(s)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    s.remove((1, 2))
except KeyError as e:
    print("KeyError", repr(e))
c = s.copy()
c.add(100)
print(s, c)
s.clear()
print(s, len(s))
p = {5, 6, 7}
out = []
while p:
    out.append(p.pop())
print(sorted(out), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", repr(e))
q = set(range(10))
print([q.pop() for _ in range(3)], q)
q.add(0)
print(q.pop(), q)
r = {1, 2, 3}
r.discard({1})
r.add(frozenset({1}))
print(len(r), frozenset({1}) in r, {1} in r)
r.remove({1})
print(len(r))
x = set()
for i in range(50):
    x.add(i)
for i in range(0, 50, 2):
    x.remove(i)
print(x)
for i in range(0, 50, 2):
    x.add(i)
print(x)
print(s.add(1), s.discard(1), s.clear())
