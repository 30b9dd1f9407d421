# statements: raising inside finally replaces the in-flight exception and sets __context__
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally beats return")
try:
    g()
except RuntimeError as e:
    print("RuntimeError", e, e.__context__)
def h():
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
        finally:
            if i == 1:
                print("finally at", i)
    return "loop done"
try:
    h()
except IndexError as e:
    print("IndexError", e)
def k():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        raise TypeError("converted") from e
    finally:
        print("outer finally")
try:
    k()
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))
