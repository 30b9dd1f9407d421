# format of bool and big ints in every style
big = [2**64, -(2**64), 10**40 + 7, -(3**70), 2**200 - 1]
for spec in ["", "d", ",", "_", "x", "#X", "_x", "o", "#o", "b", "_b", "+", " ", "60", "<60", "^60", "*=60,", "060_"]:
    print(repr(spec), [format(v, spec) for v in big])
print(["%d|%x|%o|%X" % (v, v, v, v) for v in big])
print("{:,} {:_b}".format(2**70, 2**20), str(10**50), repr(-(10**50)))
for spec in ["", "d", "x", "b", "o", "c", "+", "5", "<5", "^5", "05", ",", "e", ".1%", "g"]:
    print(repr(spec), format(True, spec), format(False, spec))
print("%d %s %r %x %f" % (True, True, False, True, False), "{} {:d} {!r}".format(True, False, True))
