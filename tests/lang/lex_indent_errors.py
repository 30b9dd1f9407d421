# lexing: indentation errors reported as IndentationError / SyntaxError subclasses
cases = [
    "if 1:\nx = 1\n",
    "x = 1\n    y = 2\n",
    "if 1:\n        a = 1\n    b = 2\n",
    "def f():\nreturn 1\n",
    "for i in range(3):\npass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled?!")
    except IndentationError as e:
        print(type(e).__name__, e.lineno, isinstance(e, SyntaxError))
    except SyntaxError as e:
        print("SyntaxError", e.lineno)
print(issubclass(IndentationError, SyntaxError))
print(issubclass(TabError, IndentationError))
# messages for the most common cases
try:
    compile("if 1:\nx = 1\n", "<test>", "exec")
except IndentationError as e:
    print(e.msg)
try:
    compile("x = 1\n    y = 2\n", "<test>", "exec")
except IndentationError as e:
    print(e.msg)
try:
    compile("if 1:\n        a = 1\n    b = 2\n", "<test>", "exec")
except IndentationError as e:
    print(e.msg)
