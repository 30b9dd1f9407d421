# SyntaxError: global/nonlocal declaration conflicts
cases = [
    "global x\nx = 1\ndef g():\n    x = 2\n    global x\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    global x\n    x = 1\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    y = 1\n    class C:\n        nonlocal y\n        y = 2\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
