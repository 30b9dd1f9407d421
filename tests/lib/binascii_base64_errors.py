# base64 decoding errors, lenient and strict
import binascii

cases = [b"Zg=", b"Zg", b"Z", b"Zm9vY", b"Zm9vYg", b"ab=c", b"Z===", b"YWJjZ", b"Zm9=vYg==", b"Z=g==", b"=Zg==",
         b"Zg==Zg==", b"Zm 9v\n", b"Zm9v!!YmFy", b"Zg===", b"Zm9vYmFy====", b"Zg=\n=", b"abc=d", b"YW=Jj",
         b"Zm9vYmE=x", b"\xffZm9v", b"Zg==", b"Zm9v", b"=", b"==", b"a", b"ab", b"abc"]
for c in cases:
    row = [repr(c)]
    for strict in (False, True):
        try:
            row.append(repr(binascii.a2b_base64(c, strict_mode=strict)))
        except binascii.Error as e:
            row.append("Error: %s" % e)
    print(" | ".join(row))
for bad in ["Zm9vé", 5, None]:
    try:
        binascii.a2b_base64(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["abc", 5]:
    try:
        binascii.b2a_base64(bad)
    except TypeError as e:
        print("TypeError", e)
