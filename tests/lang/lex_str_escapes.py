# lexing: every string escape sequence
s = "\\ \' \" \a \b \f \n \r \t \v"
print([ord(c) for c in s if c != ' '])
print(ord("\0"), ord("\7"), ord("\101"), ord("\377"), "\1012")
print(ord("\x41"), "\x7e", "\xe9" == "é")
print("\u00e9", "\u20ac", ord("\u1234"))
print("\U0001F600" == chr(0x1F600), len("\U0001F600"))
print("\N{LATIN SMALL LETTER A}", "\N{EURO SIGN}" == "\u20ac")
print("line1\
line2")
print(len("a\
b"))
print('it\'s', "say \"hi\"")
print(repr("\t\n\r\x00\x7f\x80"))
print(repr("\\"), repr('\''), repr("'\""))
print(b"\x00\xff\n\t\\".hex())
for src in [r'"\x4"', r'"\u12"', r'"\U1234"', r'"\N{NOT A NAME AT ALL}"', r'b"\u1234"']:
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except SyntaxError:
        print(src, "SyntaxError")
