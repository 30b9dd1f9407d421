# int: bit manipulation idioms: set/clear/toggle/test bits, masks, popcount, reverse bits, two's complement
def set_bit(v, n): return v | (1 << n)
def clear_bit(v, n): return v & ~(1 << n)
def toggle_bit(v, n): return v ^ (1 << n)
def test_bit(v, n): return (v >> n) & 1
v = 0b1010
print(bin(set_bit(v, 0)), bin(clear_bit(v, 1)), bin(toggle_bit(v, 3)), test_bit(v, 1), test_bit(v, 2))
def popcount(n):
    return bin(n).count("1")
print([popcount(x) for x in [0, 1, 7, 255, 2 ** 64 - 1, 12345678901234567890]])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(x) for x in [1, 2, 0b1011, 0xF0]], hex(reverse_bits(0x12345678, 32)))
def to_signed(v, bits):
    return v - (1 << bits) if v & (1 << (bits - 1)) else v
def to_unsigned(v, bits):
    return v & ((1 << bits) - 1)
print([to_signed(x, 8) for x in [0, 127, 128, 255]], [to_unsigned(x, 8) for x in [-1, -128, 127]])
print(to_signed(0xFFFF, 16), to_unsigned(-2, 32), hex(to_unsigned(-1, 64)))
print((0xDEADBEEF >> 16) & 0xFF, (0xDEADBEEF & 0xFFFF) << 8, hex(0x12 << 8 | 0x34))
def lowest_set(n):
    return n & -n
print([lowest_set(x) for x in [12, 10, 1, 2 ** 40, 96]])
x = 0
for n in [0, 3, 5, 63, 64, 100]:
    x = set_bit(x, n)
print(x, x.bit_length(), [n for n in range(x.bit_length()) if test_bit(x, n)])
print(hex(int.from_bytes(bytes([0x12, 0x34]), "little") << 4), (-1) >> 63, (-(2 ** 70)) >> 69)
