# expressions: chained comparisons evaluate middle operands once and short-circuit
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 < 1, 5 >= 5 >= 4 > 3)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
print(1 < 2 in [2], 1 in [1] in [[1]])
print(None is None is not False, None is not None is None)
a = [1]
print(a is a is not None, a == [1] == a)
print("a" < "b" < "c", "b" < "a" < "c")
x = 5
print(0 < x < 10, 0 < x < 3)
print(1 < 2.5 < 3, 2.0 == 2 == 2.0)
class Cmp:
    def __lt__(self, other):
        print("lt called")
        return True
c = Cmp()
print(c < 1 < 2)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError", e)
print((1 < 2) < 3, 1 < (2 < 3))
