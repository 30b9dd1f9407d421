# sys.stdin.buffer: bytes as they come, read(n), readinto, readline(size),
# readlines, read to the end; every byte value passes unchanged.
import sys

b = sys.stdin.buffer
print(b.read(0), b.read(1), b.read(4))
buf = bytearray(6)
print(b.readinto(buf), buf)
mv = memoryview(bytearray(3))
print(b.readinto(mv), bytes(mv))
print(b.readline(), b.readline(4), b.readline(None), b.readline(-1))
print(b.read(None if False else 3))
print(b.readlines(2))
print(b.readlines())
print(b.read(), b.read(5), b.readline(), b.readinto(bytearray(4)))
