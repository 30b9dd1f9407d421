# %-formatting of integers
vals = [0, 7, -7, 255, -255, 123456, 2**64, -(10**20), True]
for spec in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d",
             "%-+6d|", "%.3d", "%8.3d", "%08.3d", "%#.3x", "%#08x", "%#-8x|", "% 5x", "%.0d", "%ld", "%hd"]:
    print(spec, [spec % v for v in vals])
print("%d %d" % (3.99, -3.99), "%x" % 10**30, "%i" % 1e20, "%d%%" % 50, "%*d|%-*d|" % (5, 1, 4, 2))
class Idx:
    def __index__(self):
        return 26
class Int:
    def __int__(self):
        return 9
print("%x %o %d" % (Idx(), Idx(), Idx()), "%d" % Int())
