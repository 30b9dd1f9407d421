# exceptions: exception instances as values: stored in lists, compared, raised later, re-raised twice
errors = []
for v in ["1", "x", "2", "", "y"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
print([str(e) for e in errors])
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 == e1, e1.args == e2.args, type(e1) is type(e2))
def raise_stored(exc):
    raise exc
for exc in errors[:2]:
    try:
        raise_stored(exc)
    except ValueError as caught:
        print("re-raised", caught is exc)
results = []
def safe(fn, *a):
    try:
        return ("ok", fn(*a))
    except Exception as e:
        return ("err", e)
for fn, args in [(int, ("5",)), (int, ("z",)), (divmod, (1, 0)), ({}.__getitem__, ("k",))]:
    status, val = safe(fn, *args)
    print(status, type(val).__name__, val)
exc_classes = [ValueError, TypeError, KeyError]
for cls in exc_classes:
    try:
        raise cls("made from class in list")
    except tuple(exc_classes) as e:
        print(type(e).__name__, e)
