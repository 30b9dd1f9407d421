# SyntaxError: missing colons and parentheses after compound statement headers
cases = [
    "if x\n    pass\n",
    "def f()\n    pass\n",
    "while True\n    pass\n",
    "for x in y\n    pass\n",
    "class C\n    pass\n",
    "x = 1\nif x == 1\n    pass\n",
    "try\n    pass\nexcept:\n    pass\n",
    "with open(x) as f\n    pass\n",
    "def f:\n    pass\n",
    "if x:\n    pass\nelse\n    pass\n",
    "if x:\n    pass\nelif y\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
