# dict: insertion order preserved; updates keep position; delete and reinsert moves to end
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.values()))
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.update({"new": 1, "mid": -1})
print(d)
print(d.popitem(), d)
print(list({3: 0, 1: 0, 2: 0}), list(dict.fromkeys("hello")))
e = {i: i * i for i in range(10, 0, -1)}
print(list(e)[:4], list(reversed(e))[:4])
for k in list(e):
    if k % 2:
        del e[k]
print(e)
big = {}
for i in range(200):
    big["k%d" % i] = i
for i in range(0, 200, 3):
    del big["k%d" % i]
print(list(big)[:6], len(big), list(big.values())[-3:])
print({**{"b": 1}, **{"a": 2}, **{"b": 3}})
