# statements: assert with and without message, message evaluated lazily
assert True
assert 1 == 1, "never"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg:", e)
calls = []
def msg():
    calls.append(1)
    return "computed"
assert True, msg()
print("lazy", calls)
try:
    assert [], msg()
except AssertionError as e:
    print(e, calls)
try:
    assert 0, ("tuple", 2)
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 0, f"x={x}"
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
try:
    assert None, None
except AssertionError as e:
    print(e.args)
