# hexlify's sep and bytes_per_sep
import binascii

data = bytes(range(1, 8))
for sep in ("-", b":", " ", b"."):
    for n in (1, 2, 3, 4, 7, 8, -1, -2, -3, -7, -9, 0):
        print(repr(sep), n, binascii.hexlify(data, sep, n), binascii.b2a_hex(data[:5], sep=sep, bytes_per_sep=n))
print(binascii.hexlify(data, "_"), binascii.hexlify(b"", "-", 2), binascii.hexlify(b"\x01", "-", 2))
print(binascii.hexlify(data, bytes_per_sep=3), bytes(data).hex("-", 2))
for args in [(b"ab", None), (b"ab", "--"), (b"ab", ""), (b"ab", b""), (b"ab", 5), (b"ab", ":", 1.5), (b"ab", ":", "2")]:
    try:
        print(binascii.hexlify(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
