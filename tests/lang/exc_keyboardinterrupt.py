# exceptions: KeyboardInterrupt raised and caught; not caught by `except Exception`
def work():
    raise KeyboardInterrupt
try:
    work()
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", repr(e), e.args)
try:
    try:
        raise KeyboardInterrupt("ctrl-c")
    except Exception:
        print("wrongly caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__, e)
def loop():
    n = 0
    try:
        while True:
            n += 1
            if n == 5:
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        return "interrupted at %d" % n
    finally:
        print("cleanup")
print(loop())
try:
    raise KeyboardInterrupt
except:
    print("bare except catches KeyboardInterrupt")
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("SystemExit code", e.code)
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("sys.exit raised SystemExit", e.code)
