# combinations of str methods as programs use them
text = """The quick brown fox
jumps over the lazy dog.
  Indented line\twith tab
"""
lines = text.splitlines()
print(len(lines), [l.strip() for l in lines])
words = text.split()
print(len(words), sorted(set(w.lower().strip(".") for w in words)))
print({w: words.count(w) for w in ["the", "The", "fox"]})
print(" ".join(w.capitalize() for w in "hello big world".split()))
print("_".join(text.lower().split()[:4]), text.count("o"), text.find("fox"), text.rfind("o"))
csv = "name,age\nalice,30\nbob,25\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
print(rows, [int(r[1]) for r in rows[1:]])
print("%-10s|%5s" % ("left", "right"), "{:>8}|{:<8}|".format("r", "l"))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.rpartition("/")[2], path.split("/")[1:3], path.endswith(".py"))
print("CamelCaseString".swapcase(), "snake_case_here".replace("_", " ").title().replace(" ", ""))
table = [("apple", 3), ("banana", 12), ("kiwi", 100)]
for name, n in table:
    print(name.ljust(8, ".") + str(n).rjust(5), name.center(10, "*"), str(n).zfill(4))
print(repr("a\tb".expandtabs(4)), "x".join("abc").upper(), "abc"[::-1].upper().lower())
print(str(len("\u00e9" * 10)), "\u00e9" * 2 + "x", ("a" "b" "c"), "%s" % "\u20ac")
