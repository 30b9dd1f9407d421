# str: strings are immutable; methods return new objects; item assignment errors
s = "hello"
t = s
s += " world"
print(s, t)
u = t.upper()
print(t, u)
for action in [lambda: t.__setitem__(0, "H"), lambda: t.__delitem__(0)]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
try:
    t[0] = "H"
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.new_attr = 1
except AttributeError as e:
    print("AttributeError", e)
chars = list(t)
chars[0] = "J"
print("".join(chars), t)
r = t.replace("h", "H")
print(r, t, r is not t)
print(t[:] == t, t * 1 == t)
parts = []
for c in "abc":
    parts.append(c * 2)
print("".join(parts))
