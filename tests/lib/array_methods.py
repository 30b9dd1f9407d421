# list-like methods
from array import array as A

a = A("h", [3, 1, 2])
a.append(5)
a.extend([6, 7])
a.extend(A("h", [8]))
a.extend(x for x in (9,))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
a.remove(99)
print(a, a.index(5), a.index(6, 2), a.index(2, -5, -1), a.count(2), a.count(42))
a.reverse()
print(a)
a += A("h", [1, 1])
print(a.count(1), 1 in a, 42 in a, 1.0 in a)
e = A("i")
for name, call in [("pop empty", lambda: e.pop()), ("pop range", lambda: A("i", [1]).pop(5)),
                   ("remove", lambda: a.remove(42)), ("index", lambda: a.index(42)),
                   ("index start", lambda: a.index(3, 100)), ("extend kind", lambda: a.extend(A("i", [1]))),
                   ("extend bad", lambda: a.extend([1, "x"])), ("insert idx", lambda: a.insert("x", 1))]:
    try:
        print(name, call())
    except (IndexError, ValueError, TypeError) as ex:
        print(name, type(ex).__name__, ex)
print(a)
