# generators: throw() and close(), GeneratorExit, finally in generators
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    finally:
        print("gen finally")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("done")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
try:
    next(it)
except StopIteration:
    print("closed gen raises StopIteration")
def not_caught():
    yield 1
it = not_caught()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
it = ignore_exit()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
it = catch_exit()
next(it)
it.close()
fresh = g()
fresh.close()
print("closing unstarted gen prints nothing")
try:
    g().throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted throw", e)
