# zlib.error for corrupt, truncated and mismatched streams (CPython's texts).
import zlib

good = bytes.fromhex("789ccb48cdc9c90700062c0215")           # zlib stream of b"hello"
gz = bytes.fromhex("1f8b0800000000000203cb48cdc9c9070086a6103605000000")

cases = [
    (good[:-1], 15), (good[:3], 15), (b"", 15), (b"\x78", 15), (good[:-4], 15),
    (b"\x78\x9c\x07", 15),                 # block type 3
    (b"\x00\x00", 15),                     # method 0
    (b"\x79\x9c", 15),                     # header check
    (good[:-1] + b"\x00", 15),             # adler32
    (b"\x78\xbb" + bytes(8), 15),          # preset dictionary
    (good, 9), (good, 8), (good, 0), (good, 47), (good, 31),
    (b"\x78\x9c\x00\x05\x00\x00\x00", 15),  # stored lengths
    (gz, 31), (gz, 47), (gz, 15),
    (gz[:-1] + b"\x01", 31),               # isize
    (gz[:-5] + b"\x01" + gz[-4:], 31),     # crc32
    (gz[:1], 31), (b"\x1f\x8a" + gz[2:], 31), (b"\x1f\x8b\x07" + gz[3:], 31),
    (b"\x1f\x8b\x08\xe0" + bytes(10), 31), # reserved flags
    (b"\x1f\x8b\x08\x02" + gz[4:], 31),    # header crc
    (bytes.fromhex("1b03"), -15),           # fixed block: literal/length 286
    (bytes.fromhex("4b0442"), -15),         # distance too far back
    (bytes.fromhex("4b043e"), -15),         # distance code 30
    (bytes.fromhex("f500000000"), -15),     # dynamic: 287 literal/length codes
    (bytes.fromhex("050000000000"), -15),   # dynamic: empty code-length code, short
    (bytes.fromhex("05000000") + bytes(40), -15),  # ... with enough input
    (bytes.fromhex("05002449000000"), -15),  # dynamic: repeat with no previous length
    (bytes.fromhex("050024e9ff6d0000"), -15),  # dynamic: no end-of-block code
    (good[2:-4], -15), (good[2:-6], -15),
]
for data, wbits in cases:
    try:
        print(wbits, zlib.decompress(data, wbits))
    except zlib.error as e:
        print(wbits, "zlib.error:", e)

for wbits in [99, -16, 7, -7, 16 + 7, 48, -1]:
    try:
        zlib.decompress(good, wbits)
    except zlib.error as e:
        print(wbits, "zlib.error:", e)
try:
    zlib.decompress(good, bufsize=-1)
except ValueError as e:
    print("ValueError", e)
try:
    zlib.decompress("text")
except TypeError as e:
    print("TypeError", e)
print(zlib.error.__name__, zlib.error.__module__, issubclass(zlib.error, Exception))
