# character class predicates (ASCII)
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "12a", "a b", " ", " \t\n", "abc123", "_", "a_b",
           "Hello World", "Hello world", "HELLO WORLD", "hello!", "1A", "A1", "\x00", "~", "Title Case Here",
           "ab\x7f", "tab\there", "3.14", "-1", "x y z"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(repr(s), " ".join("%s=%d" % (n[2:], getattr(s, n)()) for n in names))
