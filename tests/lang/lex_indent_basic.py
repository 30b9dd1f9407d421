# lexing: indentation with spaces, nested blocks, dedent to several levels at once
def f(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                print("odd", i)
            else:
                print("even", i)
    else:
        print("nonpositive")
    return n

f(3)
f(0)

class C:
    def m(self):
        x = 1
        if x:
            if x:
                if x:
                    return "deep"
print(C().m())

# one-line compound statements
if True: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
def g(): return 5
print(g())
x = 1; y = 2; z = 3
print(x, y, z)
