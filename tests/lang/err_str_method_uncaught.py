# uncaught: ValueError from str.index of a missing substring
s = "hello"
print(s.index("l"))
s.index("z")
