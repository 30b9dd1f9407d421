# iterating str
print(list("abc"), tuple("xy"), list(""))
for i, c in enumerate("h\u00e9y"):
    print(i, c)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(reversed("abc")), "".join(reversed("h\u00e9llo")))
print(sorted("banana"), set("aab") == {"a", "b"}, dict.fromkeys("ab"))
print([ord(c) for c in "A\u00e9\u20ac"], "".join(chr(ord(c) + 1) for c in "HAL"))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "abc"))
n = 0
for c in "x" * 1000:
    n += 1
print(n)
