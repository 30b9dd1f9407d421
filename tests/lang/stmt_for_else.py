# statements: for loops over various iterables, else clause, break/continue
for i in range(3):
    print("range", i)
else:
    print("done range")
for ch in "héllo":
    if ch == "l":
        continue
    print(ch, end=" ")
print()
for k in {"b": 1, "a": 2}:
    print("key", k)
for x in [1, 2, 3]:
    if x == 2:
        break
    print("x", x)
else:
    print("never")
for _ in []:
    pass
else:
    print("empty else")
for i, j in enumerate("ab", start=10):
    print(i, j)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print(item)
for i in range(2):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
    else:
        print("not reached")
i = "unchanged"
for i in range(0):
    pass
print(i)
for i in range(4):
    pass
print(i)
