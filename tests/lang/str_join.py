# str.join over lists, tuples, generators and errors
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(["solo"]))
print(" ".join(str(i) for i in range(5)), "\u00e9".join("abc"), ", ".join({"k": 1}))
print("--".join(["", "", ""]), repr("".join([])), "ab".join(["1", "2", "3"]))
print("".join(map(str, [1, 2, 3])), "|".join(reversed(["a", "b"])), "+".join("xyz"))
for bad in [lambda: ",".join([1, 2]), lambda: ",".join(["a", 2]), lambda: ",".join(["a", b"b"]),
            lambda: ",".join(5), lambda: ",".join(None), lambda: ",".join(["a", None, "c"])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
big = ",".join(["x"] * 1000)
print(len(big), big.count(","))
