# struct.error is a module-level exception class
import struct

print(struct.error, struct.error.__name__, struct.error.__module__)
print(struct.error.__mro__)
print(issubclass(struct.error, Exception), issubclass(struct.error, ValueError))
e = struct.error("custom", 1)
print(repr(e), e.args, str(e))
try:
    struct.pack("h", 10**6)
except Exception as ex:
    print(type(ex) is struct.error, ex.args)

class MyError(struct.error):
    pass

print(MyError.__mro__[1] is struct.error)
try:
    raise MyError("x")
except struct.error as ex:
    print("caught", type(ex).__name__, ex)
import struct as again
print(again.error is struct.error)
struct.unpack("i", b"")
