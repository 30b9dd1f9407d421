# uncaught: exception raised inside a generator propagates out of the for loop
def items():
    yield 1
    yield 2
    raise ValueError("generator broke")
for v in items():
    print("got", v)
