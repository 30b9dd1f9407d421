# expressions: generator expressions as sole arguments, with other args needing parentheses, nesting
print(sum(x for x in range(5)), max(len(w) for w in ["a", "abc"]), "".join(c for c in "abc"))
print(sorted((x % 3 for x in range(6)), reverse=True))
print(sum((x for x in range(5)), 100))
print(dict((k, k * k) for k in range(3)), set(c for c in "aab") == {"a", "b"}, tuple(i for i in "xy"))
print(any(x > 3 for x in [1, 5]), list(zip((x for x in "ab"), (y for y in range(9)))))
g = (x * y for x in range(3) for y in range(3) if x != y)
print(list(g))
print(list((x, y) for x in range(2) for y in (lambda x: range(x + 1))(x)))
nested = (sum(row) for row in ([1, 2], [3, 4]))
print(list(nested))
print(min((abs(v), v) for v in [-3, 2, -1]))
print(len([g for g in (lambda: (i for i in range(4)))()]))
try:
    compile("f(x for x in y, 2)", "<test>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(list(x for x in (y for y in (z for z in range(3)))))
