# list: equality and lexicographic ordering
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1] == [1, 2], [] == [], [] == ())
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] < [0], [0] >= [])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [[]] > [[], []])
print([1, 2.0, True] == [1.0, 2, 1], ["a", "b"] < ["a", "c"], ["b"] > ["a", "z"])
print([1, 2] <= [1, 2], [1, 2] >= [1, 2, 3], [2] > [1, 100])
a = [1]
a.append(a)
print(a == a)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], l.count(nan), nan in l, l.index(nan))
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v)
        return False
x = C(1)
print([x] == [x], [C(2)] == [C(3)])
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return "lt-result"
    def __eq__(self, other):
        return False
print([Lt(1)] < [Lt(2)])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [2, 5]]))
