# functions: unpacking tuples in loops over function results, returning and receiving structures
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
def split_name(full):
    first, *middle, last = full.split()
    return first, middle, last
for n in ["Ada Lovelace", "John Ronald Reuel Tolkien", "Cher Only"]:
    print(split_name(n))
def pairs():
    return [(1, "a"), (2, "b")]
for num, let in pairs():
    print(num, let)
def nested():
    return (1, (2, 3)), [4, 5]
(a, (b, c)), [d, e] = nested()
print(a, b, c, d, e)
def apply_all(fns, *args):
    return tuple(f(*args) for f in fns)
s, p, m = apply_all([lambda x, y: x + y, lambda x, y: x * y, max], 3, 4)
print(s, p, m)
def returns_dict():
    return {"x": 1, "y": 2}
x, y = returns_dict().values()
print(x, y)
k1, k2 = returns_dict()
print(k1, k2)
