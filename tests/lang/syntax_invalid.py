# SyntaxError: generic invalid syntax cases with the reported line number
cases = [
    "else:\n    pass\n",
    "x = 1 +\n",
    "a b\n",
    "import\n",
    "from x import\n",
    "x := 1\n",
    "x = 1\ny = 2\nz = = 3\n",
    "x.1 = 2\n",
    "assert\n",
    "pass = 1\n",
    "def = 1\n",
    "import 1\n",
    "x[1:2:3:4]\n",
    "elif x:\n    pass\n",
    "except:\n    pass\n",
    "x = $\n",
    "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n",
    "x = @\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
