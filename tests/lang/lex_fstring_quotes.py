# lexing: f-strings with different quote types, escaped braces, nested quotes, multiline expressions
d = {"k": "v", 'q': 1}
print(f"{d['k']}", f'{d["k"]}', f"""{d["k"]} {d['q']}""", f'''{d['k']}''')
print(f"{{}}", f"{{{1}}}", f"{{{{", f"}}}}", f"{'{'}", f"{'}'}")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"""{
    1 +
    2
}""")
print(f"{'a' if True else 'b'}", f"{(lambda x: x * 2)(21)}")
print(f"{[x for x in 'ab']}", f"{ {1, 2} == {2, 1} }", f"{ {'a': 1}['a'] }")
print(f"newline\n{1}\ttab", rf"raw\n{1}")
print(f"{chr(34)}quoted{chr(34)}", f'{"it" + "s"}', f"{'x'!r}")
name = "x"
print(f"{name!r:^9}|{name:*>4}|{name!s:<3}|")
print(f"{3.14159:.{1 + 1}f}", f"{'abc':.{1}}")
try:
    eval("f'{'")
except SyntaxError:
    print("SyntaxError unclosed brace")
try:
    eval("f'{}'")
except SyntaxError:
    print("SyntaxError empty expression")
try:
    eval("f'{#}'")
except SyntaxError:
    print("SyntaxError comment in f-string")
