# SyntaxError: malformed class and def statements, decorators and return annotations
cases = [
    "class C(\n    pass\n",
    "class C:\npass\n",
    "class C(A, B,):\n    pass\n",
    "class C(metaclass=M, 1):\n    pass\n",
    "def f() -> :\n    pass\n",
    "def f() -> int:\n    pass\n",
    "def f(a b):\n    pass\n",
    "def f(a, b:):\n    pass\n",
    "@decorator\nclass C:\n    pass\n",
    "@\nclass C:\n    pass\n",
    "class C:\n    def m(self)\n        pass\n",
    "def f(*, **kw):\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
