# SyntaxError: attributes filename/lineno/text/msg, str(), exec/eval raising, compile modes
try:
    compile("x = 1\ny = (\n", "myfile.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
try:
    compile("a = 1\nb = 2 +\n", "<string>", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, repr(e.text), e.msg)
    print(str(e))
try:
    eval("1 +")
except SyntaxError as e:
    print("eval", type(e).__name__, e.msg)
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print("exec", type(e).__name__, e.lineno)
code = compile("40 + 2", "<expr>", "eval")
print(eval(code))
code = compile("z = 5\nprint('exec mode', z)", "<exec>", "exec")
exec(code)
ns = {}
exec("def g(a):\n    return a * 3\nresult = g(4)", ns)
print(ns["result"], "g" in ns)
try:
    compile("x = 1", "<test>", "bogus")
except ValueError as e:
    print("ValueError", e)
try:
    compile("x = 1\nprint(x)", "<test>", "eval")
except SyntaxError as e:
    print("eval mode rejects statements:", e.msg)
e = SyntaxError("custom msg")
print(e.msg, e.lineno, e.args)
print(issubclass(SyntaxError, Exception), isinstance(IndentationError("x"), SyntaxError))
try:
    exec("if True:\nprint(1)\n")
except IndentationError as e:
    print("IndentationError", e.lineno)
