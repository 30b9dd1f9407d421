# generators: recursive generators via yield from: permutations, tree walks, subsets
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3])))
tree = {"a": {"b": {"d": {}, "e": {}}, "c": {"f": {}}}}
def walk(node, depth=0):
    for name, kids in node.items():
        yield "  " * depth + name
        yield from walk(kids, depth + 1)
for line in walk(tree):
    print(line)
def binary_strings(n):
    if n == 0:
        yield ""
    else:
        for s in binary_strings(n - 1):
            yield s + "0"
            yield s + "1"
print(list(binary_strings(3)))
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(list(countdown(5)), sum(countdown(100)))
