# statements: for loops over dict keys/values/items, sorted iteration, enumerate over dicts
prices = {"apple": 3, "pear": 5, "fig": 2}
for k in prices:
    print("key", k)
for v in prices.values():
    print("value", v)
for k, v in prices.items():
    print(k, "->", v)
for k in sorted(prices, key=prices.get):
    print("by price", k)
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
total = 0
for name, price in prices.items():
    if price > 2:
        total += price
print(total)
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
inverse = {}
for k, v in {"one": 1, "uno": 1, "two": 2}.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
for k, v in {}.items():
    print("never")
else:
    print("empty dict loop else")
