# format() of str: fill, align, width, precision
for spec in ["", "s", "1", "8", "<8", ">8", "^8", "^9", "*<8", "*>8", "*^8", "-^9", "08", "0<8", "0>8",
             ".2", ".0", "8.2", "<8.3s", "\u00e9^7", "\u20ac>6", " ^6", "{^5", "}>5", "0^7", ".10", "x<3"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)), repr(format("h\u00e9", spec)))
print("[%s]" % format("abc", "^10"), "[{:^10}]".format("abcd"), "[{:*^11}]".format("abcd"))
print(format("\U0001f600x", ">5"), format("\u00e9\u00e9\u00e9", ".2"), format("tab\t", ">6"))
