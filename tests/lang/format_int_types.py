# format() of int with every presentation type
vals = [0, 1, -1, 7, 42, -42, 255, 256, 1000, -65535, 123456789, 2**31, -2**63, 2**64 + 1, 10**25, -(10**25)]
for spec in ["", "d", "n", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "+d", " d", "-d", "+x", " #o", "10d",
             "<10", "^10", "=10", "*^12", "010", "+010", "#010x", "#012b", "=+10", "0=12", "x=+12X", "e", "f", "g", "%", ".2e"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(format(65, "c"), format(0x20ac, "c"), format(97, ">4c"), format(98, "*^5c"), format(10, "c") == "\n")
print(format(True, ""), format(False, "d"), format(True, "x"), format(True, ">5"), format(False, "+"), format(True, ".1f"))
