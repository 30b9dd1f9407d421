# format specs for str: width, precision truncation, fill/align
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "-^11", ".3", "10.2", ">8.4s", "x<7"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("\u00e9t\u00e9", ">6")))
print("[{:^7}]".format("ab"), "[{:^6}]".format("ab"), "[{:^6}]".format("abc"))
for bad in ["d", "+", "=10", ",", "#"]:
    try:
        format(s, bad)
        print(bad, "ok")
    except ValueError:
        print(bad, "ValueError")
print(format(None, ""), format([1, 2], ""), format((1,), ""))
try:
    format(None, "5")
except TypeError as e:
    print("TypeError", e)
