# f-strings: simple substitution, expressions, quotes, braces escaping
name = "world"
n = 42
print(f"hello {name}")
print(F"n={n}")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{{literal}} {{{n}}}")
print(f"{'single'} {'''triple'''}", f'{"double"}')
print(f'{name!r:>10}')
print(f"{[1, 2, 3]} {(1, 2)} {{'a': 1}}")
print(f"{ {'a': 1}['a'] }")
print(f"{3 if n > 0 else 4}")
print(f"{name.upper()} {len(name)} {name[1:3]}")
print(f"")
print(f"{n}" f"{n}" "{n}")
x = 1.5
print(f"{x}", f"{x:.3f}", f"{-x:+}")
print(rf"\n{n}", fr"{n}\t")
print(f"""multi
{n}
line""")
print(f"{'a' 'b'}")
print(f"{n:}")
d = {"key": 7}
print(f"{d['key']}")
