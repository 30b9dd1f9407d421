# str: indexing and len count code points, not bytes, for non-ASCII text
s = "héllo wörld €uro 😀!"
print(len(s), len(s.encode()), len(s.encode("utf-8")))
print(s[1], s[7], s[12], s[17], s[-1], s[-2])
print([s[i] for i in range(0, len(s), 3)])
print(s.index("€"), s.find("😀"), s.find("ö"), s.rfind("l"))
for i, ch in enumerate("aé€😀"):
    print(i, ch, ord(ch), len(ch.encode()))
print(chr(233), chr(0x20AC), chr(0x1F600) == "😀", chr(0) == "\x00")
print(ord("é"), ord("€"), ord("😀"))
t = "日本語テキスト"
print(len(t), t[0], t[-1], t[2:4], t[::-1], t[::2])
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
print("é" == "\u00e9", "\u00e9" < "\u20ac", "z" < "é", sorted("€aé😀Z"))
print(list(reversed("aé€")), "".join(reversed("日本")))
print("ñ" * 3, len("ñ" * 3), "ab€".center(7, "·"))
