# dict: equality ignores order, compares nested values, numeric key equivalence; comparison errors
a = {"x": [1, 2], "y": {"z": (3,)}}
b = {"y": {"z": (3,)}, "x": [1, 2]}
print(a == b, a != b, a is b)
b["y"]["z"] = (4,)
print(a == b)
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {} == {}, {} == [])
print({"a": 1} == {"a": 1, "b": 2}, {"a": None} == {"b": None})
nan = float("nan")
print({"k": nan} == {"k": nan})
n = nan
print({"k": n} == {"k": n})
print(dict(a=1) == {"a": 1}, dict([(1, 2)]) == {1: 2}, dict.fromkeys("ab", 0) == {"a": 0, "b": 0})
for op in ["<", "<=", ">", ">="]:
    try:
        eval("{1: 2} " + op + " {1: 2}")
    except TypeError as e:
        print("TypeError", e)
print([{"a": 1}] == [{"a": 1}], ({"a": [1]},) == ({"a": [1]},))
