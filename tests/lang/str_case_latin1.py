# case conversion and classification for Latin-1, Latin Extended-A, Greek and Cyrillic
ranges = [(0xa0, 0x180), (0x386, 0x3cf), (0x400, 0x460)]
for lo, hi in ranges:
    for c in range(lo, hi):
        ch = chr(c)
        if c in (0x387, 0x38b, 0x38d, 0x3a2):
            continue
        print(hex(c), ascii(ch.upper()), ascii(ch.lower()), ascii(ch.title()), ascii(ch.casefold()),
              ascii(ch.swapcase()), ch.isupper(), ch.islower(), ch.isalpha(), ch.istitle())
print(ascii("stra\xdfe".upper()), ascii("\xdfen".title()), ascii("\xdfen".capitalize()))
print(ascii("\u0130stanbul".lower()), ascii("\u0131".upper()), ascii("\u0149".upper()))
print(ascii("\u039f\u0394\u039f\u03a3".lower()), ascii("\u03a3".lower()), ascii("A\u03a3 B".lower()))
print(ascii("\u00c9COLE \u00e9l\u00e8ve".swapcase()), ascii("\u00e9t\u00e9 \u00e0 paris".title()))
print("\u00c9T\u00c9".isupper(), "\u00e9t\u00e9".islower(), "\u00c9t\u00e9".istitle(), "\u00aa".islower())
