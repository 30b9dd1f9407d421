# statements: starred assignment targets in all positions
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "hey"
print(a)
[a, *b] = (9,)
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
a, *(b, c) = 1, 2, 3
print(a, b, c)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
for src in ["*a = [1]", "a, *b, *c = 1, 2, 3", "*a, *b = x"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(src), e.msg)
head, *tail = "abc"
print(type(tail).__name__, tail)
