# memoryview: zero-copy windows for parsing and filling buffers; comparisons; tolist/tobytes
packet = bytearray(b"\x02\x05hello\x03\x03abc")
mv = memoryview(packet)
pos = 0
fields = []
while pos < len(mv):
    kind = mv[pos]
    length = mv[pos + 1]
    payload = mv[pos + 2:pos + 2 + length]
    fields.append((kind, bytes(payload)))
    pos += 2 + length
print(fields)
mv[2:7] = b"HELLO"
print(packet)
out = bytearray(6)
w = memoryview(out)
w[0:3] = b"abc"
w[3:] = bytearray(b"xyz")
print(out, w.tobytes(), w.tolist())
print(w[1:4] == b"bcx", w == out, bytes(w[::-1]))
print(len(w[2:2]), bytes(w[10:]), w[-1], w[-6])
try:
    w[6]
except IndexError as e:
    print("IndexError")
try:
    w[0:2] = b"toolong"
except ValueError:
    print("ValueError size mismatch")
copy = bytes(w)
w[0] = ord("Z")
print(copy, out)
