# functions: return with no value, multiple values, early return, return in loops/finally
def none1():
    return
def none2():
    pass
def multi():
    return 1, "two", [3]
def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1
def in_while():
    n = 0
    while True:
        n += 1
        if n == 5:
            return n
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
def fin_override():
    try:
        return "try"
    finally:
        return "finally"
print(none1(), none2())
a, b, c = multi()
print(a, b, c, multi())
print(early(3), early(20))
print(in_while())
print(fin())
print(fin_override())
def star_ret():
    rest = [2, 3]
    return 1, *rest
print(star_ret())
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20))
try:
    compile("return 1", "<test>", "exec")
except SyntaxError as e:
    print(e.msg)
