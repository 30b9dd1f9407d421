# dict: construction forms, repr, len, truth, subscripts
print({}, dict(), {"a": 1}, {1: "x", 2: "y"}, {(1, 2): [3]}, {None: None})
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": 1}, k=2, z=3))
print(dict([(1, 2), [3, 4], "ab"]), dict(zip("abc", range(3))), dict(((i, i * i) for i in range(4))))
d = {}
print(len(d), bool(d))
d["x"] = 1
d[2] = "two"
d[(3,)] = [3]
print(d, len(d), bool(d), d["x"], d[2], d[3,])
d["x"] = 10
print(d)
del d[2]
print(d, 2 in d, "x" in d, "y" not in d)
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(M()), dict(M(), r=1))
print({1: 1, 1.0: 2, True: 3}, {0: "a", False: "b"})
print(repr({"s": "q", 'd': "e\n"}), str({1: (1,)}))
d = {i: str(i) for i in range(20)}
print(len(d), d[19], list(d)[:5])
for k in d:
    if k > 2:
        break
    print(k, d[k])
n = {"outer": {"inner": [1, {"deep": True}]}}
print(n["outer"]["inner"][1]["deep"], n)
print(type({}).__name__, dict is type({}))
big = {}
for i in range(2000):
    big[i] = i * 2
print(len(big), big[1999], sum(big.values()), 1000 in big, 2000 in big)
for i in range(0, 2000, 2):
    del big[i]
print(len(big), big.get(0), big[1], list(big)[:3])
