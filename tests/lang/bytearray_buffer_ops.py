# bytearray: used as a mutable buffer: fill via slices, shift, pack/unpack ints by hand, readinto pattern
buf = bytearray(8)
def put_u16_le(b, off, v):
    b[off] = v & 0xFF
    b[off + 1] = (v >> 8) & 0xFF
def get_u16_le(b, off):
    return b[off] | (b[off + 1] << 8)
def put_u32_be(b, off, v):
    b[off:off + 4] = v.to_bytes(4, "big")
put_u16_le(buf, 0, 0xBEEF)
put_u32_be(buf, 2, 0x01020304)
print(buf.hex(), get_u16_le(buf, 0) == 0xBEEF, int.from_bytes(buf[2:6], "big"))
def readinto(dst, src):
    n = min(len(dst), len(src))
    dst[:n] = src[:n]
    return n
frame = bytearray(5)
print(readinto(frame, b"\x01\x02\x03"), frame)
print(readinto(frame, b"abcdefgh"), frame)
ring = bytearray(b"abcdef")
ring[:] = ring[2:] + ring[:2]
print(ring)
crc = 0
for byte in b"123456789":
    crc ^= byte
    for _ in range(8):
        crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
print(hex(crc))
cmd = bytearray([0x80 | 0x12, 0x00])
cmd[1] |= 0x40
cmd[0] &= 0x7F
print(list(cmd), bytes(cmd))
big = bytearray(1000)
big[500:510] = range(10)
print(sum(big), big[505], big.count(0), big.find(b"\x05\x06"))
