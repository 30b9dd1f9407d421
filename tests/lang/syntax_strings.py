# SyntaxError: unterminated single, double and triple-quoted strings, bytes mixing
cases = [
    "s = 'abc\n",
    's = "abc\n',
    "s = '''abc\n",
    's = """abc\nmore\n',
    "x = 1\ny = 'open\n",
    "'abc' 'def\n",
    "u'x' b'y'\n",
    "b'a' 'b'\n",
    "x = b'\u00e9'\n",
    "x = 'ok'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
