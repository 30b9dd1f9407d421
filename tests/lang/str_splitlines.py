# str.splitlines with every line boundary
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "a\n", "a\n\n", "\r\n\r\n", "a\r", "no newline", "\n\nx", "a\n\rb"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
print("x\ny".splitlines(0), "x\ny".splitlines(1))
try:
    "a".splitlines(1.5)
except TypeError as e:
    print("TypeError", e)
