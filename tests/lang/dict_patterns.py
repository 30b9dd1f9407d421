# dict: common idioms: counting, grouping, inverting, nested dicts, get with defaults
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(dict(sorted(groups.items())))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {}
for path, val in [("a/b", 1), ("a/c", 2), ("d/e", 3)]:
    top, sub = path.split("/")
    nested.setdefault(top, {})[sub] = val
print(nested, nested["a"]["c"])
config = {"debug": False}
print(config.get("debug", True), config.get("verbose", "default"), config.get("x"))
merged = {**{"a": 1, "b": 2}, **{"b": 3}}
print(merged)
def dispatch(op, a, b):
    table = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b}
    return table.get(op, lambda: "unknown op")()
print(dispatch("+", 2, 3), dispatch("*", 2, 3), dispatch("/", 2, 3))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(sum(matrix.values()), max(matrix, key=matrix.get))
