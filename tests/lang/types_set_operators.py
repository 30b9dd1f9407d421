# set operators | & - ^ and their in-place forms
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), set() - a, a ^ a)
fa = frozenset(a)
print(fa | b, b | fa, fa & b, b - fa, fa ^ b)
print(type(fa | b).__name__, type(b | fa).__name__, type(fa & b).__name__, type(b & fa).__name__)
c = a
c |= {9}
print(a, c is a)
c &= set([1, 2, 9, 10])
print(a)
c -= {1}
print(a)
c ^= {2, 7}
print(a)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
f &= {2}
print(f)
for op in ("|", "&", "-", "^"):
    try:
        eval("a " + op + " [1]")
    except TypeError as e:
        print("TypeError", e)
try:
    a |= [1]
except TypeError as e:
    print("TypeError", e)
try:
    [1] | a
except TypeError as e:
    print("TypeError", e)
print({1, 2} | {2: "x"}.keys(), {1, 2} & {2: 0}.keys())
big1 = set(range(0, 300, 2))
big2 = set(range(0, 300, 3))
print(len(big1 | big2), len(big1 & big2), len(big1 - big2), len(big1 ^ big2))
print(sorted(big1 & big2)[:6])
