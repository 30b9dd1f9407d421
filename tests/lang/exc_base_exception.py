# exceptions: BaseException subclasses not caught by except Exception; custom BaseException subclass
class Abort(BaseException):
    pass
def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "caught by Exception: " + type(e).__name__
    except BaseException as e:
        return "escaped to BaseException: " + type(e).__name__
for exc in [ValueError("v"), Abort("stop"), KeyboardInterrupt(), SystemExit(2), GeneratorExit(), StopIteration()]:
    print(run(exc))
try:
    raise Abort("custom base")
except BaseException as e:
    print(repr(e), e.args, isinstance(e, Exception))
print(issubclass(Abort, Exception), issubclass(Abort, BaseException))
e = SystemExit(5)
print(e.code, e.args)
print(SystemExit().code, SystemExit(None).code, SystemExit("m").code, SystemExit(1, 2).code)
def cleanup_runs():
    try:
        raise Abort()
    finally:
        print("finally runs for BaseException too")
try:
    cleanup_runs()
except Abort:
    print("Abort handled")
