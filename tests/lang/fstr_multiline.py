# f-strings: triple-quoted multi-line f-strings, concatenation with plain strings, loops
items = ["a", "b", "c"]
report = f"""Report
count: {len(items)}
items: {', '.join(items)}
first: {items[0]!r}"""
print(report)
msg = (f"x={1} "
       "literal {not replaced} "
       f"y={2}")
print(msg)
for i in range(3):
    print(f"{i}: {'#' * i}{'.' * (3 - i)}")
header = f"{'Name':<6}{'Qty':>4}"
print(header)
print(f"{'-' * len(header)}")
table = "\n".join(f"{n:<6}{q:>4}" for n, q in [("ab", 1), ("cde", 22)])
print(table)
width = 12
print(f"{'centered':^{width}}|")
nested = f"outer {f'inner {1}'}"
print(nested)
val = 3
print(f"{val}{val}{val}", f"{val}" * 2, f"{{val}}")
