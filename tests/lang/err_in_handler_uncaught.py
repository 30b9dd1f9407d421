# uncaught: exception raised inside an except block; the new exception is reported last
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError("no parse for " + s)
print(parse("12"))
parse("zz")
