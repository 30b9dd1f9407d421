# exceptions: implicit chaining (__context__), explicit (__cause__), suppression, context in finally
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
try:
    implicit()
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
def explicit():
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
try:
    explicit()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__, e.__suppress_context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("clean") from None
try:
    suppressed()
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def in_finally():
    try:
        raise KeyError("body")
    finally:
        pass
try:
    in_finally()
except KeyError as e:
    print("context of plain raise:", e.__context__)
def handled_then_new():
    try:
        raise KeyError("first")
    except KeyError:
        pass
    raise ValueError("after handler")
try:
    handled_then_new()
except ValueError as e:
    print("no context after handler finished:", e.__context__)
def nested_ctx():
    try:
        raise A1
    except Exception:
        try:
            raise A2
        except Exception:
            raise A3
class A1(Exception): pass
class A2(Exception): pass
class A3(Exception): pass
try:
    nested_ctx()
except A3 as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__, e.__context__.__context__.__context__)
def same_exc():
    err = ValueError("same")
    try:
        raise err
    except ValueError:
        raise err
try:
    same_exc()
except ValueError as e:
    print("self context avoided:", e.__context__)
