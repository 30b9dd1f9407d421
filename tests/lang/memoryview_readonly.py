# memoryview: views over bytes are read-only; tobytes copies; equality and hashing of read-only views
mv = memoryview(b"immutable")
print(mv.readonly, bytes(mv[2:5]), mv[0], len(mv))
for action in [lambda: mv.__setitem__(0, 1), lambda: mv.__setitem__(slice(0, 2), b"xx")]:
    try:
        action()
    except TypeError as e:
        print("TypeError", e)
copy = mv.tobytes()
print(copy, type(copy).__name__, copy == mv, mv == b"immutable", mv == b"other")
print(hash(mv) == hash(b"immutable"))
rw = memoryview(bytearray(b"mutable"))
print(rw.readonly)
try:
    hash(rw)
except ValueError as e:
    print("ValueError", e)
print(list(mv[::3]), mv[::3].tobytes(), mv[-1], bytes(mv[::-1]))
sub = mv[1:4]
print(sub.readonly, bytes(sub), sub.tolist())
