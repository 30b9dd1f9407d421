# struct.error messages for bad values and bad argument counts
import struct

def t(*args):
    try:
        print(args, struct.pack(*args))
    except struct.error as e:
        print(args, "struct.error:", e)
    except (OverflowError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)

t("i")
t("ii", 1)
t("i", 1, 2)
t("3s2i", b"x", 1)
t("x", 1)
t("0i", 1)
for order in "@=<>!":
    t(order + "b", 128)
    t(order + "b", -129)
    t(order + "B", -1)
    t(order + "B", 256)
    t(order + "h", 32768)
    t(order + "H", -1)
    t(order + "H", 65536)
    t(order + "i", 2**31)
    t(order + "I", -1)
    t(order + "I", 2**32)
    t(order + "l", -2**31 - 1)
    t(order + "L", 2**32)
    t(order + "q", 2**63)
    t(order + "Q", -1)
    t(order + "Q", 2**64)
    t(order + "b", 2**70)
    t(order + "i", 1.5)
    t(order + "Q", "7")
    t(order + "h", None)
    t(order + "f", "x")
    t(order + "d", None)
    t(order + "d", 10**400)
    t(order + "e", 1e6)
    t(order + "f", 1e300)
    t(order + "c", b"ab")
    t(order + "c", "a")
    t(order + "c", 97)
    t(order + "3s", "abc")
    t(order + "3p", 5)
t("@n", 2**63)
t("@N", -1)
t("@P", 2**64)
t("@P", -2**64)
t("<i", 2**31 - 1)
t("<i", -2**31)
for fn, args in [(struct.unpack, ("i", b"abc")), (struct.unpack, ("<h", b"abc")), (struct.unpack, ("i", "abcd")),
                 (struct.unpack, ("i", 5)), (struct.unpack, ("z", b"")), (struct.unpack_from, ("i", b"abc")),
                 (struct.iter_unpack, ("i", b"abcde")), (struct.iter_unpack, ("", b"")), (struct.iter_unpack, ("i", 5))]:
    try:
        print(fn.__name__, args, fn(*args))
    except struct.error as e:
        print(fn.__name__, args, "struct.error:", e)
    except TypeError as e:
        print(fn.__name__, args, "TypeError:", e)
