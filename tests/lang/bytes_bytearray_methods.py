# bytearray mutating methods
b = bytearray(b"ab")
b.append(99)
b.extend(b"de")
b.extend([102, 103])
b.extend(x for x in b"hi")
b.extend(bytearray(b"j"))
b.insert(0, 48)
b.insert(100, 122)
b.insert(-100, 49)
b.insert(-1, 121)
print(b, len(b))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("d"))
print(b)
c = b.copy()
c.reverse()
print(b, c, c is b, c == b[::-1])
b += b"++"
b += bytearray(b"!")
print(b)
b *= 2
print(b)
x = bytearray(b"xy")
x *= 0
print(x, bytearray(b"ab") * 3, 2 * bytearray(b"c"), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
b.clear()
print(b, len(b))
tests = [lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(98),
         lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"), lambda: bytearray(b"a").extend(1),
         lambda: bytearray(b"a").extend("s"), lambda: bytearray(b"a").extend([300]), lambda: bytearray(b"a").insert("a", 1),
         lambda: bytearray(b"a").remove(256), lambda: bytearray(b"a").pop("x")]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
alias = bytearray(b"abc")
alias.extend(bytes(alias))
print(alias)
