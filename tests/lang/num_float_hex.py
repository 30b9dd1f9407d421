def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# float.hex
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 3.141592653589793, 1e300, 1e-300, 5e-324, 2.0**-1022, 2.0**-1023,
          1.7976931348623157e308, 2.0**52 + 1, -123.456, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), v.hex())
print(float.hex(2.0), (1024.0).hex())
for v in [0.1, 1e-310, 123.456, 1e308, 5e-324]:
    print(float.fromhex(v.hex()) == v)
