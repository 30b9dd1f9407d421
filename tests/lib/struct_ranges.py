# the boundaries of every integer code in every byte order
import struct

for order in "@=<>!":
    for c in "bBhHiIlLqQnNP":
        fmt = order + c
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "struct.error:", e)
            continue
        if c in "NP":
            lo, hi = 0, 2 ** (8 * size) - 1
        elif c.islower():
            lo, hi = -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1
        else:
            lo, hi = 0, 2 ** (8 * size) - 1
        out = []
        for v in (lo, hi, lo + 1, hi - 1, 0, 1):
            data = struct.pack(fmt, v)
            out.append(struct.unpack(fmt, data)[0] == v)
        for v in (lo - 1, hi + 1):
            try:
                struct.pack(fmt, v)
                out.append("packed %d" % v)
            except struct.error as e:
                out.append(str(e))
        print(fmt, size, out)
print(struct.pack("@P", -1) == b"\xff" * struct.calcsize("P"))
