# str: iteration, reversed, enumerate, in, comparison of equal strings built differently
s = "ab€"
for ch in s:
    print(ch, end="|")
print()
print(list(s), tuple(s), set("aa") == {"a"}, list(reversed(s)))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
built = "".join(["h", "e", "l", "l", "o"])
print(built == "hello", built is not None)
print("ll" in built, "x" not in built, "" in "", "" in built)
print(sum(1 for c in "mississippi" if c == "s"))
print("".join(sorted(set("mississippi"))))
print({c: "banana".count(c) for c in sorted(set("banana"))})
acc = ""
for i in range(5):
    acc += str(i)
print(acc, len(acc))
print(list(map(str.upper, ["a", "b"])), list(zip("ab", "xyz")))
print(str.join("-", "abc"), str.upper("x"), str.__name__)
print(isinstance("", str), issubclass(str, object), type("").__name__)
