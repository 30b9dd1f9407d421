# SyntaxError: invalid assignment targets (literals, calls, expressions, keywords)
cases = [
    "None = 1\n",
    "True = 1\n",
    "False = 0\n",
    "(a, 1) = 2\n",
    "[x, y + 1] = 1, 2\n",
    "x = 1 = 2\n",
    "(x for x in y) = 1\n",
    "x if y else z = 1\n",
    "a < b = 1\n",
    "not x = 1\n",
    "with x as 1:\n    pass\n",
    "for 1 in x:\n    pass\n",
    "x = yield = 1\n",
    "__debug__ = 1\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
