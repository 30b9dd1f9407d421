# exceptions: every combination of try with except/else/finally reached by normal and exceptional paths
def run(raise_in, kind=ValueError):
    log = []
    try:
        log.append("try")
        if raise_in == "try":
            raise kind("boom")
    except ValueError:
        log.append("except")
        if raise_in == "except":
            raise KeyError("from except")
    else:
        log.append("else")
        if raise_in == "else":
            raise KeyError("from else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for where in [None, "try", "else"]:
    try:
        print(where, run(where))
    except KeyError as e:
        print(where, "KeyError", e)
try:
    run("try", TypeError)
except TypeError as e:
    print("unhandled type propagates:", e)
def except_raise():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("inner except")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    return log
print(except_raise())
