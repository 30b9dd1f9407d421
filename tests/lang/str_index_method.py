# str.index / rindex
s = "hello hello"
print(s.index("l"), s.rindex("l"), s.index("hello", 1), s.rindex("hello", 0, 10), s.index(""))
print(s.index("o", -5), s.rindex("h", -11, -1))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("h", 7),
          lambda: s.rindex("o", 0, 4), lambda: s.index(5)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
