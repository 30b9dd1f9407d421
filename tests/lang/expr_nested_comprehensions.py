# expressions: nested comprehensions, multiple conditions, comprehension over comprehension
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 3)})
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print([[c for c in w if c in "aeiou"] for w in ["banana", "sky", "queue"]])
print([y for y in [x * x for x in range(6)] if y > 5])
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]])
print(dict((k, [v for v in range(k)]) for k in range(4)))
flat = [item for sub in [[1, 2], [], [3], [4, 5, 6]] for item in sub]
print(flat)
grid = [["." if (r + c) % 2 else "#" for c in range(4)] for r in range(3)]
print("\n".join("".join(row) for row in grid))
