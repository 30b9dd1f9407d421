# statements: raise ... from ..., __cause__, __context__ and __suppress_context__
try:
    try:
        raise KeyError("low")
    except KeyError as low:
        raise ValueError("high") from low
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("low")
    except KeyError:
        raise ValueError("high") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("x") from TypeError("cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("x") from IndexError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print("TypeError", e)
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set")
print(repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not exc"
except TypeError as te:
    print("TypeError", te)
def chain3():
    try:
        try:
            raise OSError("a")
        except OSError:
            raise LookupError("b")
    except LookupError:
        raise RuntimeError("c")
try:
    chain3()
except RuntimeError as err:
    names = []
    x = err
    while x is not None:
        names.append(type(x).__name__)
        x = x.__context__
    print(names)
