# statements: while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else ran")
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("not printed")
print("after break", i)
n = 0
while n < 0:
    print("never")
else:
    print("else on zero iterations")
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner exhausted")
    print("outer", outer, "inner", inner)
    outer += 1
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([5, 6, 7], 6), find([5, 6, 7], 9))
