# binascii.Error and binascii.Incomplete
import binascii

print(binascii.Error, binascii.Error.__mro__)
print(binascii.Incomplete, binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__, binascii.Error.__module__)
try:
    binascii.unhexlify(b"a")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e, e.args)
try:
    binascii.a2b_base64(b"abcde")
except binascii.Error as e:
    print(repr(e))
e = binascii.Error("x")
print(repr(e), str(e), isinstance(e, ValueError))
import binascii as b2
print(b2.Error is binascii.Error)
binascii.unhexlify("zz")
