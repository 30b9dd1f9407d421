# e, f and d: rounding, special values, overflow
import struct

inf, nan = float("inf"), float("-inf") * 0
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 6.1e-5, 6.0e-8, 5.960464477539063e-08,
        2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0000001, 1e-10, 3.4028234663852886e+38,
        3.4028235677973366e+38, 1e39, 1.17549435e-38, 1e-45, 1e-46, 1e300, 5e-324, float("inf"), float("-inf"),
        2**53 + 1, 10**20, True, 70000, 10**39, -65519, 10**400]
for v in vals:
    row = [repr(v)]
    for c in "efd":
        for order in "<>@":
            try:
                data = struct.pack(order + c, v)
                back = struct.unpack(order + c, data)[0]
                row.append(data.hex() + "=" + repr(back))
            except (OverflowError, struct.error) as e:
                row.append("%s: %s" % (type(e).__name__, e))
    print(" ".join(row))
for c in "efd":
    for order in "<>":
        data = struct.pack(order + c, float("nan"))
        print(c, order, data.hex(), struct.unpack(order + c, data)[0])
for h in (0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0x8001, 0xc000, 0x7e00, 0x7c01):
    print(hex(h), struct.unpack("<e", struct.pack("<H", h))[0])
for i in range(0, 65536, 977):
    v = struct.unpack("<e", struct.pack("<H", i))[0]
    if v == v:
        assert struct.pack("<e", v) == struct.pack("<H", i), i
print("half round trip ok")
print(struct.pack("<f", 16777217.0).hex(), struct.pack("<e", 2049.0).hex(), struct.pack("<e", 2051.0).hex())
print(struct.pack("<e", 0.000030517578125).hex(), struct.pack("<e", -65504.0).hex())
