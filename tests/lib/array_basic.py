# construction, repr, len, indexing and iteration for every typecode
import array
from array import array as A

print(array.typecodes.replace("u", ""), array.ArrayType is A, type(A("i")).__name__)
for tc in "bBhHiIlLqQfd":
    a = A(tc, [1, 2, 3])
    print(tc, a, repr(A(tc)), len(a), a.typecode, a.itemsize, a[0], a[-1], list(a), [x for x in reversed(a)])
print(A("i", range(5)), A("d", (x / 2 for x in range(4))), A("B", b"\x00\xffab"), A("b", bytearray(b"\x80\x7f")))
print(A("h", A("h", [7, 8])), A("d", A("i", [1, 2])), A("q", A("b", [-1])), A("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
a = A("i", [10, 20, 30])
a[0] = 11
a[-1] = -33
print(a, a[1], a[-2], bool(a), bool(A("i")), len(A("i")))
del a[1]
print(a)
print(str(A("f", [0.1, 1.5])), A("d", [1e300, -0.0, float("inf")]), A("Q", [2**64 - 1]), A("q", [-2**63]))
it = iter(A("H", [5, 6]))
print(next(it), next(it), next(it, "end"), list(it))
print(isinstance(A("i"), A), A("i", [True, False]), A("d", [True, 3]))

class Sub(A):
    def total(self):
        return sum(self)

s = Sub("i", [1, 2, 3])
print(s.total(), len(s), s[1], s.typecode, isinstance(s, A))
