# expressions: := in while conditions, reading chunks, filtering with computed values, nested scopes
data = list(range(10))
chunks = []
pos = 0
while (chunk := data[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
stream = iter(["a", "b", "", "c"])
words = []
while (w := next(stream, None)) is not None and w:
    words.append(w)
print(words)
nums = [3, 8, 12, 5, 20]
print([(n, sq) for n in nums if (sq := n * n) > 50])
print(sq)
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(first_long(["hi", "hello", "world"]), first_long(["a"]))
def outer():
    vals = [(y := v * 2) for v in range(3)]
    return vals, y
print(outer())
if (n := len(data)) > 5 and (half := n // 2):
    print(n, half)
print([x := 1, x + 1, (x := 10), x])
