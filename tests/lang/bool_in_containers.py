# objects: bools inside containers: True == 1 collisions in sets/dicts, counting, indexing, sorting
print({True, 1, 1.0}, {False, 0, 0.0, ""}, len({True, False, 1, 0}))
d = {1: "one", True: "true", 1.0: "float"}
print(d, list(d.keys())[0] is True)
print([1, True, 1.0].count(True), [0, False].index(False), (True, False).count(1))
print(sorted([True, 2, False, -1]), max(True, 0.5), min([True, False]))
print([True, False] == [1, 0], (True,) == (1,), {True: "x"} == {1: "x"})
print(["a", "b"][True], ["a", "b"][False], "abc"[True:], [10, 20, 30][-True])
flags = {"debug": True, "verbose": False}
print([k for k, v in flags.items() if v], sum(flags.values()), all(flags.values()))
print(list(map(bool, [0, 1, "", "x", [], [0]])), list(filter(bool, [0, 1, "", "x"])))
