# functions: global statement, reading vs assigning globals, UnboundLocalError
count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = 99
    return count
print(shadow(), count)
def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)
def bad():
    print(count)
    count = 1
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(issubclass(UnboundLocalError, NameError))
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1, a2)
def nested():
    def inner():
        global count
        count = 500
    inner()
nested()
print(count)
try:
    compile("def f():\n    x = 1\n    global x\n", "<test>", "exec")
except SyntaxError as e:
    print(e.msg)
