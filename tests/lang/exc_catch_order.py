# exceptions: handlers are tried in order; a base-class handler listed first shadows derived handlers
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (unreachable for KeyError)"
    except ArithmeticError:
        return "ArithmeticError handler"
    except Exception:
        return "Exception handler"
for e in [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError()]:
    print(type(e).__name__, "->", classify(e))
def specific_first(exc):
    try:
        raise exc
    except (FileNotFoundError, PermissionError):
        return "specific OSError"
    except OSError as e:
        return "generic OSError errno=%s" % e.errno
print(specific_first(FileNotFoundError(2, "nf")), specific_first(OSError(5, "io")), specific_first(PermissionError()))
def tuple_order(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return "tuple caught " + type(e).__name__
print(tuple_order(ValueError()), tuple_order(TypeError()))
try:
    tuple_order(KeyError())
except KeyError:
    print("KeyError escaped tuple handler")
