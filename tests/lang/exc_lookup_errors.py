# exceptions: LookupError family: catching KeyError/IndexError as LookupError; KeyError repr of keys
def get(container, key):
    try:
        return container[key]
    except LookupError as e:
        return "%s(%r)" % (type(e).__name__, e.args[0] if e.args else None)
print(get([1, 2], 5), get({"a": 1}, "b"), get("str", 10), get((1,), -2), get({1: 2}, 1))
print(get({(1, 2): 3}, (2, 1)), get({None: 1}, 0), get(range(3), 3), get(b"ab", 2))
for key in ["text", 42, (1, "t"), None, 1.5, ""]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(key), "->", str(e), repr(e))
try:
    raise LookupError("generic lookup")
except (KeyError, IndexError):
    print("not reached")
except LookupError as e:
    print("LookupError", e)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(LookupError, Exception))
