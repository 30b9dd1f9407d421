# generators: try/except/finally inside generators across yields, exceptions from consumer code
def guarded(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield "div by zero for %r" % it
        finally:
            print("finally for", it)
print(list(guarded([1, 0, 5])))
def with_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
for v in with_cleanup():
    print(v)
gen = with_cleanup()
try:
    for v in gen:
        raise RuntimeError("consumer failure")
except RuntimeError as e:
    print("caught", e)
gen.close()
def catches_everything():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)
g = catches_everything()
next(g)
g.throw(ValueError)
g.throw(KeyError)
g.close()
print("closed despite catching Exception")
