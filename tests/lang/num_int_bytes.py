def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# int.to_bytes
for v in [0, 1, 127, 128, 255, 256, 65535, 2**64 - 1, 2**64, 2**100]:
    t(lambda: v.to_bytes(16, 'big'))
    t(lambda: v.to_bytes(16, 'little'))
for v in [-1, -128, -129, -32768, 127, 128, -(2**63), 2**63 - 1, 2**63]:
    t(lambda: v.to_bytes(8, 'big', signed=True))
    t(lambda: v.to_bytes(1, 'little', signed=True))
print((255).to_bytes(), (1).to_bytes(2, 'little'), (1).to_bytes(length=3, byteorder='big'))
print((0).to_bytes(0, 'big'))
t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(1, 5))
t(lambda: (1).to_bytes(1.0))
t(lambda: (2**64).to_bytes(8, 'big'))
print(True.to_bytes(2, 'big'), (-2).to_bytes(4, 'little', signed=True))
