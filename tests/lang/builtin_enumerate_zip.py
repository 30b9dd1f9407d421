# builtins: enumerate with start, zip with unequal lengths and strict, unzip with zip(*)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", -1)))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab", (True, False, None))))
print(list(zip()), list(zip([])), list(zip(range(3))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip("abc", range(3))), list(zip(*zip("ab", "cd"))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1], [2], strict=True)))
it = iter(range(6))
print(list(zip(it, it)))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
