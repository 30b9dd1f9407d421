# statements: finally always runs: on normal exit, exception, return, break, continue
def f(mode):
    try:
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return "returned"
        print("body done")
    finally:
        print("finally", mode)
    return "end"
print(f("normal"))
print(f("return"))
try:
    f("raise")
except ValueError:
    print("propagated after finally")
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "swallowed by break"
print(swallow())
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
    finally:
        print("outer finally")
nested()
def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    finally_raises()
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))
def full(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        r = None
    else:
        print("else")
    finally:
        print("finally")
    return r
print(full(2), full(0))
