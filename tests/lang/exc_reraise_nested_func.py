# exceptions: bare raise re-raises the exception being handled, even from a called helper's handler
def helper():
    try:
        raise KeyError("helper's own")
    except KeyError:
        pass
def handler():
    try:
        raise ValueError("outer")
    except ValueError:
        helper()
        raise
try:
    handler()
except ValueError as e:
    print("re-raised", e)
def log_and_reraise(fn):
    try:
        return fn()
    except Exception as e:
        print("logging", type(e).__name__, e)
        raise
try:
    log_and_reraise(lambda: [][1])
except IndexError as e:
    print("caller got", type(e).__name__)
def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("converted") from e
try:
    log_and_reraise(convert)
except LookupError as e:
    print("final", e, "cause", repr(e.__cause__))
def raise_outside_handler():
    try:
        raise
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(raise_outside_handler())
