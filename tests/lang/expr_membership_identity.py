# expressions: in / not in over containers, is / is not
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "" in "abc")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 3 in {1, 2, 3})
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b"b" in b"abc", 98 in b"abc", 300 in b"abc" if False else "skip")
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
print(30 in Seq(), 35 in Seq())
class Iter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iter(), 5 not in Iter())
class Cont:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Cont(), "other" in Cont())
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, (not None) is True)
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)
try:
    [1] in {1: 2}
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(nan in [nan], nan == nan)
