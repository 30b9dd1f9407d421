# f-strings: !r, !s, !a conversions and = debugging specifier
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
s = "caf\u00e9\n"
print(f"{p}", f"{p!s}", f"{p!r}")
print(f"{s!r}", f"{s!a}")
print(f"{'x'!r:>6}|")
print(f"{42!r}", f"{42!s}")
x = 10
y = "txt"
print(f"{x=}")
print(f"{y=}")
print(f"{x + 1=}")
print(f"{x = }")
print(f"{y=!s}")
print(f"{x=:5d}|")
print(f"{p=}")
print(f"{x*2=!r:>6}")
for src in ['f"{x!z}"', 'f"{x!}"', 'f"{}"', 'f"{x"', 'f"}"']:
    try:
        eval(src)
        print(src, "ok?")
    except SyntaxError as e:
        print(src, "SyntaxError")
