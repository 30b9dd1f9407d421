# SyntaxError: unclosed and unmatched brackets
cases = [
    "x = (1, 2\n",
    "x = [1, 2\n",
    "x = {1: 2\n",
    "x = 1)\n",
    "x = ]\n",
    "x = }\n",
    "x = [1, 2)\n",
    "x = (1,\n     2,\n     3\n",
    "f(1, 2\n",
    "a = 1\nb = (2\nc = 3\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
