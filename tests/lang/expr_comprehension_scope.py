# expressions: comprehension scoping: own scope, first iterable evaluated outside, class bodies
x = 10
print([x for _ in range(2)])
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals] if False else None
    except NameError:
        bad = "err"
    factor = 3
    try:
        scaled = [v * factor for v in range(3)]
    except NameError as e:
        scaled = "NameError"
    first_ok = [v for v in range(factor)]
print(C.doubled, C.scaled, C.first_ok)
class D:
    n = 4
    try:
        nested = [[j for j in range(n)] for _ in range(2)]
    except NameError:
        nested = "NameError"
    direct = list(range(n))
print(D.nested, D.direct)
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
i = "outer i"
[i for i in range(3)]
print(i)
def h():
    return [(a, b) for a in range(2) for b in range(a, 2)]
print(h())
try:
    [k for k in range(3) if k2 for k2 in range(3)]
except NameError as e:
    print(type(e).__name__)
