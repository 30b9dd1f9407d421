# SyntaxError: function definition and call argument errors
cases = [
    "def f(a, a):\n    pass\n",
    "lambda x, x: 0\n",
    "f(a=1, 2)\n",
    "f(**k, *a)\n",
    "f(x for x in y, 1)\n",
    "def f(a=1, b):\n    pass\n",
    "lambda a=1, b: 0\n",
    "def f(*):\n    pass\n",
    "def f(**k, a):\n    pass\n",
    "def f(*a, *b):\n    pass\n",
    "f(a=1, a=2)\n",
    "def f(a, *, a):\n    pass\n",
    "def f(**a, **b):\n    pass\n",
    "f(**k, a)\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
