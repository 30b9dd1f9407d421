# non-ASCII str: code point indexing, slicing, len, iteration
s = "h\u00e9llo w\u00f6rld \u20ac\U0001f600!"
print(len(s), s[1], s[-2], s[-3], s[13], repr(s[0:3]), s[::-1])
print(s[1:4], s[12:], s[::2], s[-5::2], s[3:-3])
print([c for c in "a\u00e9\u20ac\U0001f600"])
print(list(reversed("\u00e9a\u20ac")))
print(len("\U0001f600\U0001f601"), "\U0001f600\U0001f601"[1])
t = "\u00e9" * 5 + "abc"
print(t[4], t[5], t[5:7], t[::3], len(t))
print(s.find("\u20ac"), s.index("w"), s.rfind("l"), s.count("l"))
print("\u00e9t\u00e9".upper(), "\u00c9T\u00c9".lower(), "\u00e9" in s, "\u00e8" in s)
u = "\u0101\u0102\u0103\u0104"
for i in range(-4, 4):
    print(i, u[i], u[i:], u[:i])
print(u[::-1], u[1::2], u[-1:0:-1])
try:
    u[4]
except IndexError as e:
    print("IndexError", e)
