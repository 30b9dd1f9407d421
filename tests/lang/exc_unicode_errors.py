# exceptions: UnicodeDecodeError/UnicodeEncodeError hierarchy and attributes
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.object, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"ab\xc3".decode("utf-8")
except ValueError as e:
    print(type(e).__name__, e.start, e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, repr(e.object), e.reason)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    raise UnicodeError("plain unicode error")
except ValueError as e:
    print(type(e).__name__, e)
print(str(b"\xff".decode("utf-8", "replace")) == "\ufffd", len(b"\xffabc".decode("utf-8", "ignore")))
