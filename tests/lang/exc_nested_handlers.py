# exceptions: exceptions raised in handlers, nested try in except/finally, sys-free exception state
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n
def process(n):
    try:
        return risky(n)
    except ValueError as e:
        try:
            return risky(n - 1) if n else int("bad")
        except ValueError as inner:
            return "inner handler: %s (outer was %s)" % (inner, e)
print(process(2), process(0))
def finally_with_try():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"
    finally:
        try:
            raise IndexError("in finally")
        except IndexError as e:
            print("finally handled", e)
print(finally_with_try())
def reraise_other():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("inner", t, "context:", repr(t.__context__))
        raise
try:
    reraise_other()
except ValueError as e:
    print("re-raised original:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
    finally:
        print("finally sees exception in flight")
except ZeroDivisionError as e:
    print("outer", e)
