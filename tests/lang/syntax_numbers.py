# SyntaxError: malformed numeric literals
cases = [
    "x = 0777\n",
    "x = 1__2\n",
    "x = 0b2\n",
    "x = 0o8\n",
    "x = 1e\n",
    "x = 0x\n",
    "x = 1_\n",
    "x = 0xg\n",
    "x = 1.2.3\n",
    "x = 5abc\n",
    "x = 00\n",
    "x = 1_000\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
