# lexing: octal and hex escapes at boundaries, escapes followed by digits, \x with uppercase
print([ord(c) for c in "\0\00\000\0000"])
print([ord(c) for c in "\1\12\123\1234"])
print([ord(c) for c in "\x00\x0a\xFF\xAb"])
print(len("\0001"), "\1011" == "A1", "\x411" == "A1", "\u00411" == "A1")
print([b for b in b"\0\7\77\377"], b"\x7F\x80" == bytes([127, 128]))
print(repr("\7"), repr("\10"), repr("\177"), repr("\200"), repr("\377"))
print("\400" == chr(256), "\777" == chr(511))
print(repr("\u0000\uFFFF"), repr("\U0000FFFF"), "\U00000041")
print("a\
b\
c")
print(repr("\a\b\f\v"), repr(b"\a\b\f\v"))
for src in [r'"\x"', r'"\xG0"', r'"\u00"', r'"\U0011FFFF"', r'b"\x4"']:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError:
        print(src, "SyntaxError")
