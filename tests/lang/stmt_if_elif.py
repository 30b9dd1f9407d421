# statements: if/elif/else chains and truthiness of conditions
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 50, 500):
    print(n, classify(n))
for v in (0, 1, "", "a", [], [0], {}, {0: 0}, None, 0.0, 0.1, (), (None,), range(0), range(1)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
else:
    print("never")
if not x:
    pass
elif x:
    print("elif after pass")
if x == 5: print("inline")
else: print("no")
