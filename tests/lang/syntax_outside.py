# SyntaxError: return/yield/break/continue/await/nonlocal in the wrong place
cases = [
    "return 1\n",
    "yield 1\n",
    "break\n",
    "continue\n",
    "def f():\n    break\n",
    "while 1:\n    def g():\n        continue\n",
    "nonlocal x\n",
    "class C:\n    return 1\n",
    "class C:\n    yield 1\n",
    "def f():\n    from x import *\n",
    "async def f():\n    yield from x\n",
    "def f():\n    await x\n",
    "for x in y:\n    pass\nbreak\n",
    "if 1:\n    continue\n",
    "x = [(yield) for i in y]\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
