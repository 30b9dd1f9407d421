# in / not in for str
s = "hello world"
for sub in ["", "h", "world", "o w", "xyz", "hello world!", "d", "ll"]:
    print(repr(sub), sub in s, sub not in s)
print("\u00e9" in "caf\u00e9", "f\u00e9" in "caf\u00e9", "\u20ac" in "a", "" in "")
for bad in [1, None, ["h"]]:
    try:
        bad in s
    except TypeError as e:
        print("TypeError", e)
print([c for c in "abcabc" if c in "bc"])
