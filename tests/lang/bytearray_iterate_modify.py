# bytearray: iterating yields ints; building by append in loops; in-place transforms via indices
ba = bytearray(b"Hello")
print([b for b in ba], [chr(b) for b in ba])
for i in range(len(ba)):
    if 65 <= ba[i] <= 90:
        ba[i] += 32
print(ba)
out = bytearray()
for ch in "abc":
    out.append(ord(ch.upper()))
out.extend(b"123")
out += bytearray([0x21])
print(out, len(out))
rot = bytearray(b"abcxyz")
for i, b in enumerate(rot):
    rot[i] = (b - 97 + 13) % 26 + 97
print(rot, rot.decode())
ba2 = bytearray(range(10))
del ba2[::2]
ba2.insert(0, 255)
ba2.remove(5)
print(list(ba2), ba2.pop(), ba2.index(7), ba2.count(3))
print(bytearray(b"ab") * 2 + b"c", b"x" in bytearray(b"xyz"), 121 in bytearray(b"xyz"))
checksum = 0
for b in bytearray(b"\x01\x02\xfd"):
    checksum = (checksum + b) & 0xFF
print(checksum)
