# memoryview: views of views share storage; resizing a bytearray with exports fails
data = bytearray(range(16))
outer = memoryview(data)
inner = outer[4:12]
inner2 = inner[2:6]
inner2[0] = 200
print(data[6], inner[2], outer[6], inner2.tobytes())
inner2[1:3] = b"\xaa\xbb"
print(list(data[4:12]))
print(bytes(inner[::3]), list(inner2))
try:
    data.append(1)
except BufferError as e:
    print("BufferError")
outer.release()
inner.release()
inner2.release()
data.append(99)
print(len(data), data[-1])
def fill(view, value):
    for i in range(len(view)):
        view[i] = value
buf = bytearray(8)
fill(memoryview(buf)[2:6], 7)
print(buf)
m = memoryview(b"abcdef")
print([bytes(m[i:i + 2]) for i in range(0, 6, 2)])
print(m[1:4].tobytes().decode(), int.from_bytes(m[0:2], "big"))
print(b"-".join([m[0:1], m[5:6]]), bytearray(m[2:4]))
