# bytearray: shared bytes methods return bytearray; slice assignment resizing; comparison
ba = bytearray(b"  Mixed Case  ")
print(ba.strip(), ba.upper(), ba.lower(), type(ba.strip()).__name__)
print(ba.split(), bytearray(b"a,b").split(b","), bytearray(b"x").join([b"1", b"2"]))
print(ba.find(b"Case"), ba.count(b" "), ba.replace(b" ", b"_"), bytearray(b"ab").hex())
print(bytearray.fromhex("0a0b"), bytearray(b"abc") == b"abc", bytearray(b"a") < b"b")
buf = bytearray(10)
buf[2:5] = b"\x01\x02\x03"
print(buf)
buf[2:5] = b""
print(buf, len(buf))
buf[0:0] = b"\xff\xfe"
print(buf, len(buf))
buf[-2:] = [7, 8, 9]
print(buf)
buf[:] = bytearray(b"new")
print(buf)
try:
    buf[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    buf[::2] = b"\x00"
except ValueError as e:
    print("ValueError", e)
m = bytearray(b"abcdef")
m[1::2] = b"XYZ"
print(m, m.startswith(b"aX"), m.index(b"Z"), m.isupper(), m.decode())
print(list(bytearray(b"\x00\x80\xff")), bytearray(b"a") * 3, 3 * bytearray(b"b"))
print(bytearray(b"x").__len__(), bytearray(b"q") in [b"q"], b"q" in [bytearray(b"q")])
