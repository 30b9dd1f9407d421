# exceptions: MemoryError, RuntimeError, NotImplementedError, RecursionError raise/catch
try:
    raise MemoryError
except MemoryError as e:
    print("MemoryError", repr(e), e.args)
try:
    raise MemoryError("custom")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError("runtime", 1)
except RuntimeError as e:
    print(e.args, str(e))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", isinstance(e, RuntimeError))
def recurse2():
    try:
        return recurse2()
    except RecursionError:
        raise
try:
    recurse2()
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
print(issubclass(RecursionError, RuntimeError), issubclass(MemoryError, Exception))
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(200))
try:
    raise SystemError("sys")
except Exception as e:
    print(type(e).__name__, e)
