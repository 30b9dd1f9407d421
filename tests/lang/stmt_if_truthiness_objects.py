# statements: if/while conditions call __bool__ or __len__ once per test
class Counted:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        Counted.calls += 1
        return self.v
if Counted(True):
    print("taken")
print(Counted.calls)
Counted.calls = 0
n = 0
class Dec:
    def __init__(self, k):
        self.k = k
    def __len__(self):
        return self.k
d = Dec(3)
while d:
    d.k -= 1
    n += 1
print("loops", n)
Counted.calls = 0
x = Counted(False) or Counted(True)
print(x.v, Counted.calls)
Counted.calls = 0
if Counted(True) and Counted(False):
    print("no")
else:
    print("else branch", Counted.calls)
Counted.calls = 0
r = not Counted(True)
print(r, Counted.calls)
Counted.calls = 0
print([c.v for c in [Counted(True), Counted(False)] if c], Counted.calls)
Counted.calls = 0
y = 1 if Counted(False) else 2
print(y, Counted.calls)
