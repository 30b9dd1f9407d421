# functions: arguments are passed by object reference: mutation visible, rebinding not
def mutate(lst, d, s):
    lst.append(4)
    d["new"] = True
    s.add("x")
def rebind(lst, n, t):
    lst = [0]
    n += 1
    t += (9,)
    return lst, n, t
a, b, c = [1, 2, 3], {}, set()
mutate(a, b, c)
print(a, b, sorted(c))
n, t = 5, (1,)
print(rebind(a, n, t), a, n, t)
def extend_in_place(target, *more):
    for m in more:
        target += m
    return target
base = [1]
result = extend_in_place(base, [2], [3])
print(base, result is base)
base_t = (1,)
result_t = extend_in_place(base_t, (2,), (3,))
print(base_t, result_t)
def swap_items(pair):
    pair[0], pair[1] = pair[1], pair[0]
p = ["a", "b"]
swap_items(p)
print(p)
def clear_all(*containers):
    for c in containers:
        c.clear()
x, y = [1], {"k": 1}
clear_all(x, y)
print(x, y)
def default_copy(seq=None):
    seq = list(seq or [])
    seq.append("added")
    return seq
orig = ["o"]
print(default_copy(orig), orig, default_copy())
