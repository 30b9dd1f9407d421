# statements: try/except with multiple handlers, tuples, bare except, as-name cleanup
def risky(kind):
    if kind == "v":
        raise ValueError("v")
    if kind == "k":
        raise KeyError("k")
    if kind == "z":
        return 1 / 0
    if kind == "t":
        raise TypeError("t")
    return "ok"
for kind in ["v", "k", "z", "t", "none"]:
    try:
        r = risky(kind)
    except ValueError as e:
        print("ValueError handler", e)
    except (KeyError, ZeroDivisionError) as e:
        print("tuple handler", type(e).__name__)
    except:
        print("bare handler")
    else:
        print("else", r)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError:
    print("as-name deleted after handler")
try:
    raise IndexError
except LookupError:
    print("caught via base class")
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong")
except KeyError as e:
    print("outer caught", e)
try:
    raise RuntimeError("re")
except Exception as e:
    print(isinstance(e, RuntimeError), e.args)
caught = False
try:
    [][0]
except (TypeError, IndexError):
    caught = True
print(caught)
def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return "from handler"
print(handler_returns())
