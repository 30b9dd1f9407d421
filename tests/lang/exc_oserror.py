# exceptions: OSError attributes errno/strerror/filename, str(), args, raise/catch
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args, str(e))
print(isinstance(e, OSError), isinstance(e, Exception))
e2 = OSError("just a message")
print(e2.errno, e2.strerror, e2.args, str(e2))
e3 = OSError(13, "Permission denied", "/tmp/x")
print(e3.errno, e3.strerror, e3.filename, str(e3))
e4 = OSError()
print(e4.errno, e4.args, str(e4) == "")
try:
    raise OSError(5, "Input/output error")
except OSError as err:
    print("caught", err.errno, err.strerror, err)
try:
    raise OSError(19)
except OSError as err:
    print("single arg", err.errno, err.args, str(err))
te = TimeoutError("timed out")
print(isinstance(te, OSError), te.errno, str(te))
e9 = OSError(5, "io")
e9.errno = 99
print(e9.errno, e9.args)
e9.strerror = "changed"
print(e9.strerror, str(e9))
errors = [OSError(n, "err%d" % n) for n in (1, 5, 12)]
for err in errors:
    print(err.errno, str(err))
def fail(code):
    raise OSError(code, "code %d" % code)
for code in (22, 28):
    try:
        fail(code)
    except OSError as err:
        print("handled errno", err.errno, err.args[1])
