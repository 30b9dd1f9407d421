# memoryview: slice assignment requires equal length; empty slices; step slices; len of sub-views
buf = bytearray(b"0123456789")
mv = memoryview(buf)
mv[0:0] = b""
mv[2:4] = b"ab"
mv[-2:] = bytearray(b"YZ")
print(buf)
for src in [b"", b"x", b"xyz"]:
    try:
        mv[4:6] = src
        print("assigned", src)
    except ValueError:
        print("ValueError for length", len(src))
mv[::3] = b"!!!!"
print(buf, len(mv[::3]), len(mv[1::3]), len(mv[5:2]), bytes(mv[5:2]))
sub = mv[2:8]
sub[1:3] = memoryview(b"MN")
print(buf, len(sub), bytes(sub[::2]))
mv[:] = b"abcdefghij"
print(buf)
try:
    mv[:] = b"short"
except ValueError:
    print("ValueError whole-slice size mismatch")
print(bytes(mv[-100:100]), bytes(mv[8:100]), bytes(mv[-3:-1]))
