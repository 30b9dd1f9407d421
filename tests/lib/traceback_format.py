# traceback.format_exception and friends (frame lines are left out of the
# comparison: CPython also shows the source line of each frame).
import traceback

def fail():
    return 1 / 0

try:
    fail()
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
    print(all(l.endswith("\n") for l in lines), sum(l.startswith("  File") for l in lines))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
    print(traceback.format_exc().splitlines()[-1])

print(traceback.format_exception(ValueError("plain")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(None))

class MyError(Exception):
    pass

print(traceback.format_exception_only(MyError("mine")))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    lines = traceback.format_exception(e)
    print([l for l in lines if not l.startswith("  ")])
    print([l for l in traceback.format_exception(e, chain=False) if not l.startswith("  ")])
    print(e.__context__ is not None)
try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    print([l for l in traceback.format_exception(e) if not l.startswith("  ")])
