# character class predicates beyond ASCII
samples = ["\u00e9", "\u00c9", "\u00e9\u00e8", "\u00b2", "\u00bd", "\u0663", "\uff11", "\u2460",
           "\u00a0", "\u2003", "\u3000", "\u2028", "\x85", "\u00ad", "\u200b", "\u4e2d\u6587", "\u3042",
           "\u0410\u0431", "\u03a9\u03c9", "\u00aa", "\u00b5", "\u00df", "\u0130", "\u20ac", "\U0001f600",
           "\u00e9t\u00e9 2", "\u0660\u0661", "\u00bc\u00be", "\u00b9\u00b3", "\u05d0", "\u0627"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(ascii(s), " ".join("%s=%d" % (n[2:], getattr(s, n)()) for n in names))
