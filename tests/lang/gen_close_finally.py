# generators: close() runs finally blocks; return inside try; exhausted generators close silently
def res():
    print("acquire")
    try:
        yield 1
        yield 2
    finally:
        print("release")
g = res()
print(next(g))
g.close()
print("after close")
for v in res():
    print("loop", v)
it = res()
for v in it:
    print("break at", v)
    break
print("loop exited, generator still suspended")
it.close()
g = res()
g.close()
print("unstarted close: no acquire/release printed")
def ret_in_try():
    try:
        yield "a"
        return "done"
    finally:
        print("finally after return")
g = ret_in_try()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return
g = close_returns()
next(g)
print(g.close())
def yields_in_finally():
    try:
        yield 1
    finally:
        print("cleanup step")
g = yields_in_finally()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError after finally", e)
