# exceptions: ordering of except/else/finally output across nested functions and re-raises
def level(n, fail_at):
    print("enter", n)
    try:
        if n == fail_at:
            raise ValueError("fail at %d" % n)
        if n < 3:
            level(n + 1, fail_at)
    except ValueError as e:
        print("handler", n, e)
        if n > 1:
            raise
    else:
        print("else", n)
    finally:
        print("finally", n)
level(1, 3)
print("---")
level(1, 99)
print("---")
def cleanup_chain():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally runs first")
    finally:
        print("outer finally runs second")
try:
    cleanup_chain()
except KeyError as e:
    print("caught", e)
def finally_return_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows exception"
print(finally_return_overrides())
