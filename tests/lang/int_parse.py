# int: int(str, base) parsing, whitespace, underscores, prefixes, errors
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8))
print(int("0o777", 0), int("0b101", 0), int("101", 2), int("z", 36), int("ZZ", 36))
print(int("1_000"), int("0x_ff", 16), int("0", 0), int("000", 10))
print(int("10", 3), int("-0b11", 0), int("  0x10  ", 0))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 40, 10))
print(int("1" * 64, 2))
print(int(), int("0"), int("-0"))
bad = [("", 10), ("abc", 10), ("12a", 10), ("1.5", 10), ("0x", 16), ("2", 2), ("08", 0),
       ("1__0", 10), ("_1", 10), ("1_", 10), ("- 1", 10), ("0b12", 0), ("9", 8), ("ä", 10)]
for s, base in bad:
    try:
        print(repr(s), int(s, base))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("base", base, "ValueError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
