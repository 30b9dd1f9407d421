# memoryview: iteration yields ints, membership, list/tuple conversion, enumerate, sum, comparison ops
mv = memoryview(b"\x01\x02\x03\xff")
print(list(mv), tuple(mv), sum(mv), max(mv), min(mv))
print([i * 2 for i in mv], list(enumerate(mv[1:3])))
for b in mv[:2]:
    print("byte", b)
print(3 in list(mv), 255 in mv.tolist())
print(mv == memoryview(b"\x01\x02\x03\xff"), mv == bytearray(b"\x01\x02\x03\xff"), mv != b"")
print(bytes(mv) + b"!", bytearray(mv)[::-1], mv.hex(), mv[1:].hex())
it = iter(memoryview(b"ab"))
print(next(it), next(it), next(it, None))
data = bytearray(b"counts")
view = memoryview(data)
freq = {}
for b in view:
    freq[chr(b)] = freq.get(chr(b), 0) + 1
print(freq)
