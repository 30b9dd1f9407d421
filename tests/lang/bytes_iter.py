# iteration over bytes and bytearray
print(list(b"abc"), [x + 1 for x in b"\x00\x01"], tuple(bytearray(b"hi")), list(reversed(b"abc")))
it = iter(b"xy")
print(next(it), next(it), next(it, None))
b = bytearray(b"ab")
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(x + 2)
print(out, b)
print(sum(bytes(range(100))), max(bytearray(b"az")), sorted(b"cab"), set(b"aab") == {97, 98}, dict(zip(b"ab", b"cd")))
print(bytes(reversed(b"abc")), bytes(sorted(b"hello")), b"".join(bytes([c]) for c in b"xyz"))
