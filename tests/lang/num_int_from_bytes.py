def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int.from_bytes with buffers and iterables
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x00\x80', 'big', signed=True), int.from_bytes(b'\x80\x00', 'little', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255, 0), 'little'), int.from_bytes(bytearray(b'\x10'), 'big'))
print(int.from_bytes(iter([1, 2]), 'big'), int.from_bytes(range(5), 'big'), int.from_bytes(memoryview(b'\x02\x01'), 'little'))
print(int.from_bytes(b'\x01\x00'), int.from_bytes(bytes=b'\x01', byteorder='little'))
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'), type(bool.from_bytes(b'\x02', 'big')))
t(lambda: int.from_bytes([1, 300], 'big'))
t(lambda: int.from_bytes([1, -1], 'big'))
t(lambda: int.from_bytes([1, 'a'], 'big'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(5, 'big'))
t(lambda: int.from_bytes(b'\x01', 'other'))
t(lambda: int.from_bytes(b'\x01', 1))
for v in [0, 1, -1, 2**70, -(2**70) - 7, 12345678901234567890]:
    n = (v.bit_length() + 8) // 8
    print(int.from_bytes(v.to_bytes(n, 'big', signed=True), 'big', signed=True) == v)
