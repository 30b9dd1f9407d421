# SyntaxError: malformed try/except/finally and with statements
cases = [
    "try:\n    x\nexcept ValueError TypeError:\n    pass\n",
    "try:\n    x\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    x\nelse:\n    pass\n",
    "try:\n    x\nfinally:\n    pass\nelse:\n    pass\n",
    "try:\n    x\nexcept (A, B) as e:\n    pass\n",
    "try:\n    x\nexcept A as e.f:\n    pass\n",
    "with:\n    pass\n",
    "with a as:\n    pass\n",
    "with (a, b) as (c, d):\n    pass\n",
    "with a as b, :\n    pass\n",
    "try x:\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
