# str: slicing non-ASCII strings by code point with steps and negative bounds
s = "αβγδεζηθικλμ"
print(s[2:5], s[:3], s[-3:], s[::3], s[::-1], s[10:2:-2], s[-1:-4:-1])
mixed = "a€b😀c日d"
for i in range(len(mixed) + 1):
    print(i, repr(mixed[:i]), repr(mixed[i:]))
print(mixed[1::2], mixed[::-2], mixed[100:], mixed[-100:2])
print(mixed.split("😀"), mixed.partition("日"))
print(mixed.replace("€", "EUR"), mixed.upper(), mixed.count("😀"))
print("€" in mixed, "b😀" in mixed, "😀b" in mixed)
print(mixed.startswith("a€"), mixed.endswith("日d"), mixed.index("c"))
e = mixed.encode("utf-8")
print(e)
print(e.decode("utf-8") == mixed, len(e))
print(mixed[slice(1, 6, 2)], "|".join(mixed))
