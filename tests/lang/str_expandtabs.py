# expandtabs
for s in ["a\tb", "\t", "ab\tc\td", "abcdefgh\tx", "a\nb\tc", "12\r3\t4", "\u00e9\tx", "no tabs", ""]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
try:
    "a".expandtabs("x")
except TypeError as e:
    print("TypeError", e)
