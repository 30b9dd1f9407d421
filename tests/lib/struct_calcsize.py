# sizes, native alignment and repeat counts
import struct

for fmt in ["", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d",
            "s", "p", "5s", "5p", "0s", "10x", "bh", "bi", "bq", "bd", "be", "bf", "b?", "bP", "hb", "ib", "qb",
            "b0i", "b0q", "i0s", "b3s", "3xi", "ci", "si", "pi", "?i", "ee", "hxi", "3b2h", "0b", "b0h0i0q",
            "10i", "100q", "  i  i ", "i\th\n", "255p", "7x3d"]:
    row = [fmt]
    for order in "@=<>!":
        try:
            row.append(struct.calcsize(order + fmt))
        except struct.error as e:
            row.append("error: %s" % e)
    print(row)
print(struct.calcsize("1000000000000s"), struct.calcsize("9223372036854775807s"), struct.calcsize("<100000h"))
for fmt in ["9223372036854775808s", "99999999999999999999i", "4611686018427387904i", "4611686018427387903h",
            "i\0", "z", "3", "<<", "i<", "2 i", "<n", "=P", "!N", "-1i", "i!"]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "struct.error:", e)
for bad in (5, None, 1.5, ["i"]):
    try:
        struct.calcsize(bad)
    except TypeError as e:
        print("TypeError", e)
