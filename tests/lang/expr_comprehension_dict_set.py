# expressions: dict and set comprehensions, key collisions, nested
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print(sorted({x % 3 for x in range(10)}))
print({c: i for i, c in enumerate("abca")})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x for x in [3, 1, 2, 3, 1]})
print({k: [v for v in range(k)] for k in range(3)})
words = ["apple", "bob", "cat", "anna"]
print({w[0]: len(w) for w in words if len(w) > 2})
print(sorted({len(w) for w in words}))
print({v: k for k, v in {"x": 1, "y": 2}.items()})
order = []
def k(x):
    order.append("k%d" % x)
    return x
def v(x):
    order.append("v%d" % x)
    return x
{k(i): v(i) for i in range(2)}
print(order)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print("TypeError", e)
try:
    {[i] for i in range(1)}
except TypeError as e:
    print("TypeError", e)
print(type({i for i in ()}).__name__, type({i: i for i in ()}).__name__)
