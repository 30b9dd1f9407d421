# statements: augmented assignment evaluates target subexpressions exactly once
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [10, 20, 30]
lst[idx(1)] += 5
print(lst, calls)
calls.clear()
d = {"a": [1]}
d[idx("a")] += [2]
print(d, calls)
class Holder:
    def __init__(self):
        self.v = 1
holders = [Holder()]
def get(i):
    calls.append("get%d" % i)
    return holders[i]
calls.clear()
get(0).v += 10
print(holders[0].v, calls)
class Logged:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
lg = Logged()
lg["k"] *= 7
print(lg.data)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
s = [1, 2]
s[0:1] += [9, 9]
print(s)
