# str: Unicode whitespace and line boundaries in split/strip/splitlines/isspace
ws = ["\u00a0", "\u3000", "\u2028", "\u2029", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u200b", "\ufeff"]
for w in ws:
    print(hex(ord(w)), w.isspace(), ("a" + w + "b").split(), len(("a" + w + "b").splitlines()))
print(repr("\u00a0nbsp\u3000".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()))
print("x\x0by\x0cz\x1cw\x85v\u2028u".splitlines())
print("1\t2\x0b3\x0c4\x1c5".split())
print("a\r\nb\n\rc".splitlines(True))
print(repr(" \t\n\r\x0b\x0c".strip()), " \t\n\r\x0b\x0c".isspace())
print("a\u2029b".splitlines(keepends=True))
for s in ["a\u00a0b", "a\u3000b"]:
    print(s.split(" "), s.split(), s.partition(" "))
print(" \u00a0x\u00a0 ".lstrip(), "|", " \u00a0x\u00a0 ".rstrip() + "|")
print("\u2028".isspace(), "\u2028".isprintable(), "".isspace())
