# str + and * and their errors
a, b = "abc", "def"
print(a + b, a + "", "" + b, a * 3, 3 * a, a * 0, a * -2, repr("" * 5), (a + b) * 2)
x = "x"
x += "y"
x *= 3
print(x)
print("\u00e9" * 3, "ab" + "\u20ac")
print("a" * True, "b" * False)
for bad in [1, 1.5, None, [1], b"x"]:
    try:
        a + bad
    except TypeError as e:
        print("TypeError", e)
for bad in ["a", 1.5, [1]]:
    try:
        a * bad
    except TypeError as e:
        print("TypeError", e)
try:
    1 + a
except TypeError as e:
    print("TypeError", e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "-".join(parts))
