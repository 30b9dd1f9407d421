# expressions: list comprehensions with multiple for/if clauses and nesting
print([x for x in range(5)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([x for x in range(20) if x % 2 if x % 3])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "hello" if c not in "l"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a, b in zip("xy", [1, 2])])
print([v for _, v in sorted({"b": 2, "a": 1}.items())])
print([x for x in []])
print([i for i in range(3)] == list(range(3)))
print([f"{n}!" for n in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
print([*range(2), *[x for x in "ab"]])
x = "global x"
print([x for x in range(2)], x)
print([(lambda v: v * 2)(i) for i in range(3)])
try:
    [undefined for _ in range(1)]
except NameError as e:
    print("NameError", e)
