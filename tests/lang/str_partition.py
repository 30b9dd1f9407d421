# partition / rpartition
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "\u00e9x\u00e9".partition("x"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1),
            lambda: "a".rpartition(None)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
