# lexing: source with CRLF and CR line endings compiles the same as LF
src_lf = "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\nres = (x, y)\n"
src_crlf = src_lf.replace("\n", "\r\n")
for name, src in [("lf", src_lf), ("crlf", src_crlf)]:
    ns = {}
    exec(src, ns)
    print(name, ns["res"])
ns = {}
exec("s = '''a\r\nb'''\n", ns)
print(repr(ns["s"]))
ns = {}
exec("t = 'one' \\\r\n    'two'\r\n", ns)
print(ns["t"])
ns = {}
exec("def f():\r\n    return 'crlf func'\r\nr = f()\r\n", ns)
print(ns["r"])
code = compile("1 +\\\r\n2", "<crlf>", "eval")
print(eval(code))
ns = {}
exec("a = [\r\n  1,\r\n  2,\r\n]\r\n", ns)
print(ns["a"])
ns = {}
exec("# comment only\r\n\r\nq = 9\r\n", ns)
print(ns["q"])
print(eval("(1 +\n2)"), eval("(1 +\r\n2)"))
