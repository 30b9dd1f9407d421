# exceptions: CPython maps OSError(errno, ...) to subclasses like FileNotFoundError; filename forms
e = OSError(2, "No such file")
print(type(e).__name__, isinstance(e, FileNotFoundError), repr(e))
for n in [2, 13, 17, 110, 11, 4, 32, 5]:
    print(n, type(OSError(n, "x")).__name__)
try:
    raise FileNotFoundError(2, "missing", "name.txt")
except OSError as err:
    print(type(err).__name__, err.errno, err.filename, str(err))
e5 = OSError(1, 2, 3, 4, 5, 6)
print(e5.args, e5.errno)
print(type(OSError("msg")).__name__, type(OSError(2)).__name__)
print(repr(OSError(5, "io")), repr(PermissionError(13, "denied")))
e6 = OSError(2, "No such file", "a.txt", None, "b.txt")
print(str(e6), e6.filename, e6.filename2)
