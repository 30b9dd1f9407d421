# lexing: bytes literals, escapes and non-ASCII error
print(b"", b"abc", B"ABC", b'q')
print(b"\x00\x01\xfe\xff")
print(b"\n\r\t\\\'\"")
print(b"\101\102", b"\0")
print(list(b"az\x80"))
print(b"a" + b"b", b"ab" * 3)
print(b"caf\xc3\xa9".decode())
print(b"\u1234", len(b"\u1234"))
print(b"\N{EURO SIGN}")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(repr(b"\x7f\x80\x20"))
for src in ['b"caf\u00e9"', 'b"\u20ac"']:
    try:
        eval(src)
        print("ok?")
    except SyntaxError as e:
        print("SyntaxError")
print(type(b"x").__name__, b"x"[0])
