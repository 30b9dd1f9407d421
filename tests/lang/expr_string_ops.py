# expressions: string concatenation, repetition, membership, comparison and formatting operators
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -2, "" * 100)
print("a" in s, "ab" in s, "ba" in s, "" in s)
print(s + str(1) + repr("x") + "%d" % 2)
print("-" * 10)
print("x" + "y" * 2 + "z", ("x" + "y") * 2)
t = "tab\tnew\nline"
print(len(t), t.count("\n"))
print("%s is %d years" % ("Ann", 30), "%(a)s+%(a)s" % {"a": "x"})
print("abc" "def" == "abcdef", "abc" + "def" == "abc" "def")
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
acc = ""
for ch in "hello":
    acc = ch + acc
print(acc)
parts = ["%02d" % i for i in range(3)]
print(":".join(parts))
print(("=" * 3 + " title " + "=" * 3).upper())
print("abc" < "abd" and "B" < "a", min("zebra", "apple"), max("a", "B", "c"))
