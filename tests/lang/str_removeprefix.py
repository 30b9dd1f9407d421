# removeprefix / removesuffix
s = "prefix-body-suffix"
print(s.removeprefix("prefix-"), s.removeprefix("body"), s.removeprefix(""), s.removeprefix(s), s.removeprefix(s + "x"))
print(s.removesuffix("-suffix"), s.removesuffix("body"), s.removesuffix(""), s.removesuffix(s))
print("\u00e9t\u00e9".removeprefix("\u00e9"), "\u00e9t\u00e9".removesuffix("t\u00e9"), "aaa".removeprefix("a"))
for bad in [lambda: s.removeprefix(1), lambda: s.removesuffix(None), lambda: s.removeprefix(("a",))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
