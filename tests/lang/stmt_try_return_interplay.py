# statements: return/break/continue interplay with try/except/else/finally
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    for i in range(3):
        try:
            if i == 1:
                return "returned at %d" % i
        finally:
            print("f2 finally", i)
def f3():
    x = []
    for i in range(3):
        try:
            x.append(i)
            continue
        finally:
            x.append("f")
    return x
def f4():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f4 finally")
def f5():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("f5 finally")
def f6():
    r = "initial"
    try:
        return r
    finally:
        r = "changed"
def f7():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("f7 finally", i)
    return "f7 done"
for f in [f1, f2, f3, f4, f5, f6, f7]:
    print(f.__name__, f())
def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f8())
