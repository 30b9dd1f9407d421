# statements: try/except/else where else runs only without exception and its errors are not caught
def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        print("except ran")
        return None
    else:
        print("else ran with", r)
        return r
print(attempt(2), attempt(0))
def else_raises():
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else error escapes its own try:", e)
for i in range(2):
    try:
        if i:
            raise KeyError(i)
    except KeyError:
        print("except", i)
    else:
        print("else", i)
    finally:
        print("finally", i)
def nested_else():
    try:
        try:
            x = 1
        except Exception:
            pass
        else:
            return "inner else return"
    finally:
        print("outer finally")
print(nested_else())
