# int: bin/oct/hex and format round trips, int() with base prefixes, repr of negative numbers
for n in [0, 1, -1, 10, -10, 255, 4096, 2 ** 40 + 7, -(2 ** 70)]:
    b, o, h = bin(n), oct(n), hex(n)
    print(n, b, o, h, int(b, 0) == n, int(o, 0) == n, int(h, 0) == n, int(h, 16) == n)
for n in [5, 255, 65535]:
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "#b"), format(n, "08b"))
print(int("0b" + "1" * 10, 2), int("0o17", 8), int("0X1F", 16), int("z", 36), int("Zz", 36))
print(int("-0x1f", 16), int("+0b11", 0), int(" 0o7 ", 0))
print(hex(-255), oct(-8), bin(-1), hex(2 ** 64))
class Idx:
    def __index__(self):
        return 26
print(bin(Idx()), oct(Idx()), hex(Idx()), "%x" % Idx())
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
