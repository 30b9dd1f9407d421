# case conversion (ASCII)
for s in ["hello World", "HELLO", "hello", "", "123 abc DEF", "they're bill's friends",
          "a1b2c3", "hello_world-foo bar", "ABC def GHI", "mIxEd CaSe", "  lead", "x"]:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("1st 2nd 3rd".title(), "o'neil".title(), "HELLO".capitalize(), "hELLO wORLD".capitalize())
