# argument type errors of str methods (CPython's messages)
s = "abc"
tests = [lambda: s.find(1), lambda: s.count(None), lambda: s.split(1), lambda: s.rsplit(2),
         lambda: s.strip(1), lambda: s.lstrip(1), lambda: s.rstrip(1), lambda: s.replace(1, "a"),
         lambda: s.replace("a", 1), lambda: s.startswith(1), lambda: s.endswith(1),
         lambda: s.startswith((1,)), lambda: s.partition(1), lambda: s.rpartition(1), lambda: s.join([1]),
         lambda: s.join(1), lambda: s.center(5, 1), lambda: s.center(5, "ab"), lambda: s.center("a"),
         lambda: s.zfill("a"), lambda: s.removeprefix(1), lambda: s.removesuffix(1),
         lambda: s.expandtabs("a"), lambda: s.split(""), lambda: s.partition(""), lambda: s.index("z"),
         lambda: s.rindex("z"), lambda: s.encode("foo"), lambda: s.split(maxsplit="a"), lambda: s[5],
         lambda: s["a"], lambda: s + 1, lambda: s * "a", lambda: 1 in s, lambda: s < 1]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
