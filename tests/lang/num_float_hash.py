def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float hashes agree with int hashes for integral values
for v in [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 0.25, -0.5, 1.5, 0.1, 1e-300, 1e300, 2.0**61, 2.0**62, 2.0**100,
          -2.0**70, 5e-324, 1.7976931348623157e308, 123.456, float('inf'), float('-inf')]:
    print(v, hash(v))
for i in [0, 1, -1, 2**53, 2**61 - 1, 2**61, 2**64, -(2**100)]:
    print(hash(i) == hash(float(i)))
print(hash(1.5) == hash(3 / 2), hash(0.5) == hash(1 / 2))
n = float('nan')
print(hash(n) == hash(n))
