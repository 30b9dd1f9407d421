# SyntaxError: statements inside lambda, bad decorators, misplaced keywords, bad class/def headers
cases = [
    "lambda: return 1\n",
    "lambda x: yield\n",
    "f = lambda: (yield)\n",
    "lambda: x = 1\n",
    "@\ndef f(): pass\n",
    "@dec\nx = 1\n",
    "class C(:\n    pass\n",
    "def f(,):\n    pass\n",
    "def (x):\n    pass\n",
    "class 1C:\n    pass\n",
    "for in x:\n    pass\n",
    "while:\n    pass\n",
    "if:\n    pass\n",
    "x = lambda *: 0\n",
    "import a as b.c\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
