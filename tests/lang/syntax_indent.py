# SyntaxError: IndentationError and TabError cases with line numbers
cases = [
    "if True:\npass\n",
    "  x = 1\n",
    "def f():\n\treturn 1\n        return 2\n",
    "if x:\n",
    "for x in range(3):\n",
    "def f():\n    x = 1\n      y = 2\n",
    "class C:\n    def m(self):\n    pass\n",
    "while x:\n    a = 1\n  b = 2\n",
    "try:\n    x\nexcept:\ny\n",
    "with a:\n",
    "if 1:\n    pass\n  else:\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
