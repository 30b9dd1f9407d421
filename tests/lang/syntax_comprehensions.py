# SyntaxError: malformed comprehensions and generator expressions
cases = [
    "[x for x in]\n",
    "[x for in y]\n",
    "[for x in y]\n",
    "{x: for x in y}\n",
    "{x: y for x, y in}\n",
    "(x for x in y if)\n",
    "[x if y for x in z]\n",
    "[x for x in y if a if b]\n",
    "[x for x in y for z in x]\n",
    "[x async for x in y]\n",
    "[(yield x) for x in y]\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
