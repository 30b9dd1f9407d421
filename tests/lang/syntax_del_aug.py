# SyntaxError: invalid del targets and augmented assignment targets
cases = [
    "del 1\n",
    "del f()\n",
    "del x + 1\n",
    "del (a, 1)\n",
    "a, b += 1\n",
    "f() += 1\n",
    "0 += 1\n",
    "[a] += [1]\n",
    "x.y += 1\n",
    "del x.y, z[0]\n",
    "del [a, b]\n",
    "x + 1 += 1\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
