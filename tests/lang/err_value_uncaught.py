# uncaught: ValueError raised at module level ends the program with status 1
def check(v):
    if v < 0:
        raise ValueError("bad")
    return v
print(check(1))
print("about to fail")
check(-1)
print("not reached")
