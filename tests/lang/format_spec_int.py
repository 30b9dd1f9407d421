# format specs for int: width, fill, align, sign, #, 0, grouping, types
n = 1234
for spec in ["", "d", "8", "<8", ">8", "^8", "*^9", "08", "+", "-", " ", "+08",
             ",", "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#010x",
             "c", "e", ".2f", "%", "=+10", "010,"]:
    print(repr(spec), repr(format(n, spec)))
print(format(-42, "08"), format(-42, "=8"), format(-42, "<8"), format(-42, " "))
print(format(0, "#x"), format(-255, "#x"), format(65, "c"))
print(format(10**20, ","), format(-(10**12), "_x"))
print(format(True, "d"), format(False, ">5"))
print("{:>5}|{:<5}|{:^5}".format(1, 2, 3))
for bad in ["s", ".2d", ",c", "=c"]:
    try:
        format(5, bad)
        print(bad, "ok")
    except ValueError:
        print(bad, "ValueError")
