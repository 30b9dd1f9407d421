# argument errors of bytes methods
b = b"abc"
tests = [lambda: b.find("a"), lambda: b.count("a"), lambda: b.index("a"), lambda: b.split("a"),
         lambda: b.strip("a"), lambda: b.replace("a", "b"), lambda: b.startswith("a"), lambda: b.endswith("a"),
         lambda: b.partition("a"), lambda: b"x".join(["a"]), lambda: b"x".join([1]), lambda: b.center(5, "a"),
         lambda: b.center(5, b"ab"), lambda: b.removeprefix("a"), lambda: b.index(b"z"), lambda: b.rindex(b"z"),
         lambda: b.find(256), lambda: b.split(b""), lambda: b.partition(b""), lambda: b.rsplit(1),
         lambda: b.startswith((b"a", "b")), lambda: b.ljust(5, 1), lambda: b.zfill("3"), lambda: b.join(5),
         lambda: b.count(-1), lambda: b.lstrip(1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
