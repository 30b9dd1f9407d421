# slice: slice objects with None parts, reuse across sequences, negative steps via indices()
s = slice(None, None, -1)
print("hello"[s], [1, 2, 3][s], (1, 2)[s], b"ab"[s], range(4)[s])
every2 = slice(None, None, 2)
print("abcdefg"[every2], list(range(10))[every2])
last3 = slice(-3, None)
print("abcdefg"[last3], [1, 2, 3, 4][last3])
for sl in [slice(1, 8, 3), slice(8, 1, -3), slice(-2, -8, -2), slice(None, 3), slice(100, None)]:
    print(sl, sl.indices(10), list(range(10))[sl])
l = list(range(10))
l[slice(2, 5)] = ["x"]
print(l)
del l[slice(None, None, 3)]
print(l)
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2, 1), repr(slice(None)))
class Recorder:
    def __getitem__(self, k):
        return k
r = Recorder()
print(r[::], r[1:], r[:2, 3], r[..., ::-1])
print(r[1:2] == slice(1, 2), r[::2].step, r[:5].stop)
