# lexing: raw strings and raw bytes keep backslashes
print(r"\n\t\\", len(r"\n"))
print(R"C:\new\table")
print(r'\'', len(r'\''))
print(r"\"", len(r"\""))
print(rb"\x00\n", len(rb"\x00"), Rb"a\b", bR"\\", BR"\d")
print(r"\N{EURO SIGN}")
print(r"""multi
\line""")
print(repr(r"a\
b"))
print(r"\u1234" == "\\u1234")
print(list(r"\\"))
print(r"" == "", rb"" == b"")
try:
    eval(r'r"\"')
except SyntaxError:
    print("odd backslash at end: SyntaxError")
print(type(rb"x"), type(r"x"))
