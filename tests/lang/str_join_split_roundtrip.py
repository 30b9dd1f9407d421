# str: join/split round trips, split with maxsplit, rsplit differences, whitespace runs
parts = ["alpha", "", "beta", "gamma delta", ""]
for sep in [",", ", ", "--", "é"]:
    joined = sep.join(parts)
    print(repr(joined), joined.split(sep) == parts)
line = "  one  two   three four  "
print(line.split(), line.split(" "), line.split(None, 1), line.rsplit(None, 1))
print(line.split(maxsplit=2), line.rsplit(maxsplit=2))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a-b-c-d".split("-", 0), "a-b-c-d".split("-", -1))
csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [r.split(",") for r in csv.splitlines()]
print(rows)
print("\n".join(",".join(r) for r in rows) == csv)
print(" ".join("a b  c".split()), "|".join("abc"), "".join(["x"] * 3))
words = "the quick brown fox".split()
print(" ".join(reversed(words)), " ".join(w.capitalize() for w in words))
print("k1=v1;k2=v2".split(";"), dict(kv.split("=") for kv in "k1=v1;k2=v2".split(";")))
print("".split(), "".split(","), " ".split(" "), "a".split("a"))
