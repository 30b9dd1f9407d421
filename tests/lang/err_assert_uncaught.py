# uncaught: AssertionError with a message
def positive(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print(positive(3))
positive(-2)
