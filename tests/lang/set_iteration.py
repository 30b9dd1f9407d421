# set: iteration over small-int sets, comprehension results, conversions, min/max/sum
s = set()
for i in [5, 3, 9, 3, 1]:
    s.add(i)
print(sorted(s), sum(s), min(s), max(s), len(s))
print(sorted({x * x for x in range(-3, 4)}))
print(sorted(set("abracadabra")), "".join(sorted(set("mississippi"))))
words = ["a", "b", "a", "c", "b"]
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq)
print(sorted(set([1, 2]) | set((2, 3)) | set(range(3, 5))))
print(sorted({1, 2, 3} - {2}), sorted(set(range(10)) & set(range(5, 15))))
print(list(sorted({10, -1, 0})), tuple(sorted(frozenset([2, 1]))))
print(set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})
print(any(x > 8 for x in s), all(x > 0 for x in s))
small = {0, 1, 2, 3}
print(list(small) == sorted(small) or sorted(small))
print(len(set(range(1000)) - set(range(0, 1000, 2))))
