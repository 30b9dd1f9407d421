# SyntaxError: CPython 3.11 messages with "did you mean" hints for common mistakes
cases = [
    "1 = x\n",
    "f() = 1\n",
    "x + 1 = 2\n",
    "'a' = 1\n",
    "-x = 1\n",
    "[x for x in y] = 1\n",
    "... = 1\n",
    "f(x=1) = 2\n",
    "print 'hello'\n",
    "x = (1 2)\n",
    "if x = 1:\n    pass\n",
    "x = [a b]\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
