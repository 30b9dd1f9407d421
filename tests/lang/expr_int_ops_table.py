# expressions: table of integer binary operations over signed operand pairs
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b if b >= 0 else None),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("<<", lambda a, b: a << b if b >= 0 else None), (">>", lambda a, b: a >> b if b >= 0 else None)]
operands = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (12345, 100), (2 ** 40, 3)]
for name, fn in ops:
    row = []
    for a, b in operands:
        row.append(fn(a, b))
    print(name.ljust(2), row)
print([divmod(a, b) for a, b in operands])
print([(a < b, a == b, a >= b) for a, b in operands])
