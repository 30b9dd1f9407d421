# tuple: packing/unpacking patterns: swap, rotate, nested, in loops, function returns, star
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 1, 9])
print(lo, hi)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
records = [("ann", (30, "paris")), ("bob", (25, "rome"))]
for name, (age, city) in records:
    print(name, age, city)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
head, *_ = "xyz"
print(head)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
(p, q), r = [1, 2], 3
print(p, q, r)
t = (1, (2, (3, (4,))))
_, (_, (_, (deep,))) = t
print(deep)
def many():
    return 1, 2, 3, 4
w, *rest = many()
print(w, rest)
try:
    m, n = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
