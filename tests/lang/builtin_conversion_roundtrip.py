# builtins: conversions between builtin types round trip: list/tuple/set/dict/str/bytes/int/float
data = [3, 1, 2, 3]
print(list(tuple(data)) == data, sorted(set(data)), dict(enumerate(data)), list(dict.fromkeys(data)))
pairs = list({"a": 1, "b": 2}.items())
print(pairs, dict(pairs), dict(zip(*zip(*pairs))))
s = "héllo"
print(list(s), "".join(list(s)) == s, s.encode().decode() == s, bytes(s, "utf-8") == s.encode())
print(bytes(list(b"abc")), list(bytes([1, 2])), bytearray(bytes(3)), bytes(bytearray(b"z")))
for n in [0, 42, -7, 10 ** 20]:
    print(int(str(n)) == n, int(float(n)) == n, int(repr(n)) == n, int(hex(n), 16) == n)
for f in [0.5, -2.25, 1e100, 1 / 3]:
    print(float(str(f)) == f, float(repr(f)) == f)
print(str(list(range(3))), eval(str([1, "a", (2,)])), tuple("ab") + tuple([1]))
print(set("aab") == set(["a", "b"]), frozenset({1: 2}), list(frozenset([5])))
print(int(True), bool(int("0")), str(bool("")), float(int(2.9)))
