# int: to_bytes / from_bytes with byteorder, signed, lengths and overflow errors
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((0).to_bytes(1, "big"), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "little"))
print((2 ** 100).to_bytes(13, "big"))
print((1).to_bytes(4, byteorder="little"))
print((65).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes(bytearray(b"\x12\x34"), "little"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x00" * 20 + b"\x01", "big"), int.from_bytes(b"\x01" + b"\x00" * 20, "big"))
print(int.from_bytes(b"\x01"))
for v in [0, 1, 127, 128, -128, -129, 2 ** 31 - 1, -(2 ** 31), 10 ** 20]:
    n = (v.bit_length() + 8) // 8
    b = v.to_bytes(n, "big", signed=True)
    print(v, b.hex(), int.from_bytes(b, "big", signed=True) == v)
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big")]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
print(int.from_bytes(b"\xfe", "little", signed=True), type(int.from_bytes(b"\x00", "big")).__name__)
