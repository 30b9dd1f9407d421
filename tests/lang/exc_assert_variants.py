# exceptions: AssertionError from assert with various message types; raising AssertionError directly
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "passed"
    except AssertionError as e:
        return "failed args=%r str=%r" % (e.args, str(e))
print(check(True))
print(check(False))
print(check(0, "zero"))
print(check([], ["list", "msg"]))
print(check(None, 42))
print(check("", ""))
try:
    raise AssertionError("direct", 2)
except AssertionError as e:
    print(e.args)
def validate(x):
    assert isinstance(x, int), "expected int, got %s" % type(x).__name__
    assert x >= 0, x
    return x
for v in [5, -3, "s"]:
    try:
        print(validate(v))
    except AssertionError as e:
        print("AssertionError", e)
