# SyntaxError: malformed f-strings (empty expressions, bad conversions, unclosed braces)
cases = [
    "f'{}'\n",
    "f'{ }'\n",
    "f'{x!z}'\n",
    "f'{x!}'\n",
    "f'{x'\n",
    "f'}'\n",
    "f'{x}}'\n",
    "f'{{x}'\n",
    "f'{x:{y}'\n",
    "f'{#}'\n",
    "f'{x!r:>{w}}'\n",
    "f'{x=!r}'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
