# builtins: hash() of ints/tuples/frozensets/None/bools is consistent; unhashables raise
print(hash(1) == hash(1), hash(-1) == -2, hash(0) == 0, hash(True) == 1, hash(2 ** 61 - 1) == 0)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(1.0) == 1, hash(1.5) == hash(1.5), hash(-0.0) == 0)
print(type(hash("x")).__name__, type(hash(b"x")).__name__, hash("x") == hash("x"))
for v in [[1], {1: 2}, {1}, bytearray(b"a"), ([1],)]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(12345)), hash(H(-1)), hash(H(2 ** 64)) == hash(2 ** 64))
print(len({H(1), H(1)}), len({1, 1.0, True}))
