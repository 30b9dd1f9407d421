# str.split with a separator and maxsplit
s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", -1), s.split(",", 10))
print("abc".split("b"), "abc".split("abc"), "abc".split("x"), "".split(","), "aaa".split("a"))
print("a--b--c".split("--"), "a--b--c".split("--", 1), "----".split("--"))
print("x\u00e9y\u00e9z".split("\u00e9"), "1 2 3".split(" "), "a  b".split(" "))
print("k=v=w".split(sep="=", maxsplit=1), "k=v".split(maxsplit=0, sep="="))
print("one two".split(None, 1), "a,b".split(sep=","))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "x"),
            lambda: "a".split(",", 1.5), lambda: "a".rsplit(""), lambda: "a".split(b",")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("path/to/file.txt".split("/")[-1].split("."))
