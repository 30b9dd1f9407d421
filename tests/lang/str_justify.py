# center / ljust / rjust / zfill
for w in range(0, 9):
    print(w, "[" + "abc".center(w) + "]", "[" + "ab".center(w, "*") + "]", "[" + "abc".ljust(w, "-") + "]",
          "[" + "abc".rjust(w, ".") + "]", "[" + "a".center(w) + "]", "[" + "".center(w, "x") + "]")
print("\u00e9".center(5, "\u20ac"), "\u00e9t\u00e9".rjust(6), "x".ljust(3, "\u00e9"), "ab".center(-3))
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "\u00e9"]:
    print(repr(s), s.zfill(0), s.zfill(1), s.zfill(5), s.zfill(-1))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust(5, 1),
            lambda: "a".rjust("5"), lambda: "a".zfill("5"), lambda: "a".center(5.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
