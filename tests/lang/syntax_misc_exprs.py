# SyntaxError: misc expression errors (starred, conditional, dict, comprehension unpacking)
cases = [
    "a = *b\n",
    "{**x for x in y}\n",
    "[*x for x in y]\n",
    "x = 5 if 3\n",
    "x = {1: }\n",
    "try:\n    pass\n",
    "x = [i for i in]\n",
    "f(x for x in y)\n",
    "x = [1, 2,]\n",
    "x = *a, *b\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
