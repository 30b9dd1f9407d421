# set: mutation during iteration, errors from methods
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)
print(s)
it = iter({1, 2})
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {1}.remove([]))
t(lambda: {1}.discard([]))
t(lambda: {1}.add([]))
t(lambda: {1}.update(3))
t(lambda: {1}.update([[]]))
t(lambda: {1}.difference_update(None))
t(lambda: {1}.symmetric_difference(1))
t(lambda: {1}.issuperset(1))
t(lambda: {1}.isdisjoint(1))
t(lambda: hash({1}))
t(lambda: {{1}: 2})
t(lambda: {1} + {2})
t(lambda: {1} * 2)
one = {1}
t(lambda: one[0])
t(lambda: frozenset([1]).pop())
t(lambda: set(a=1))
