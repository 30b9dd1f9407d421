# exceptions: StopIteration.value from return in generators and explicit raise; next() default
def g():
    yield 1
    return "the value"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, str(e))
e = StopIteration()
print(e.value, e.args)
e = StopIteration(5, 6)
print(e.value, e.args)
e = StopIteration([1])
print(e.value)
try:
    raise StopIteration("direct")
except StopIteration as e:
    print("direct", e.value)
def sub():
    x = yield 1
    return x * 2
def outer():
    result = yield from sub()
    print("delegated result", result)
    return result + 1
o = outer()
next(o)
try:
    o.send(21)
except StopIteration as e:
    print("outer value", e.value)
it = iter([])
print(next(it, "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("empty list iterator value", e.value)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom")
print(list(It()))
def gen_none():
    return None
    yield
try:
    next(gen_none())
except StopIteration as e:
    print(e.value, e.args)
