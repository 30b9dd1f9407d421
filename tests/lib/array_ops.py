# comparison, concatenation and repetition
from array import array as A

a, b = A("i", [1, 2, 3]), A("i", [1, 2, 4])
print(a == A("i", [1, 2, 3]), a != b, a < b, a <= b, a > b, b >= a, a == A("h", [1, 2, 3]), a == [1, 2, 3])
print(A("i") < A("i", [0]), A("i", [1]) < A("i", [1, 0]), A("d", [1.0]) == A("i", [1]), A("d", [float("nan")]) == A("d", [float("nan")]))
print(a + b, a * 2, 2 * a, a * 0, a * -1, A("i") * 5)
c = A("b", [1])
c += A("b", [2, 3])
c *= 2
print(c)
d = c
d += A("b", [9])
print(c is d, c)
for bad in [lambda: a + [1], lambda: a + A("h", [1]), lambda: a * "x", lambda: a * 1.5, lambda: a < [1],
            lambda: hash(a)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", str(e).replace("'array.array'", "'array'"))
e = A("i", [1])
try:
    e += [2]
except TypeError as ex:
    print("TypeError", ex)
try:
    e += A("d", [2])
except TypeError as ex:
    print("TypeError", ex)
print(e, sorted(A("i", [3, 1, 2])), max(A("d", [1.5, 0.5])), sum(A("B", [200, 100])))
