# lexing: string prefix combinations (u, r, b, f in any case and order)
print(u"unicode", U"UPPER u", type(u"x").__name__)
print(r"\d", R"\d", rb"\d", Rb"\d", bR"\d", BR"\d", br"\d", rB"\d")
print(f"{1+1}", F"{2+2}", rf"\n{3}", fr"\t{4}", Rf"{5}\x", fR"{6}\y", RF"{7}", FR"{8}")
print(b"b", B"B", type(B"x").__name__)
for src in ['ub"x"', 'bu"x"', 'fb"x"', 'bf"x"', 'uf"x"', 'ur"x"', 'rr"x"']:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError:
        print(src, "SyntaxError")
x = 10
print(f'{x}' u'u' r'\r' "plain")
print(len(r"\\\\"), len("\\\\"), r"a\'b")
print(u"\u00e9" == "é", r"\u00e9" == "\\u00e9")
r = 5
print(r, f"{r}")
print(rb"\x41" != b"\x41", rb"\x41" == b"\\x41")
u = "u-name"
b = "b-name"
print(u, b, u + b)
