def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# results crossing the small-int boundaries must promote, and shrink back
edges = [2**29, 2**30, 2**31, 2**32, 2**61, 2**62, 2**63, 2**64]
for e in edges:
    for d in [-2, -1, 0, 1]:
        v = e + d
        print(v, -v, v + 1, v - 1, v * 2, v * -2, -v - 1, abs(-v), v // 1, v % 3, v << 1, v >> 1, ~v)
print(2**62 - 1 + 1, -(2**62) - 1, (2**62) * 2 // 4, (2**62 - 1) * (2**62 - 1))
m = -(2**62)
print(-m, m // -1, m * -1, abs(m), m - 1, -m - 1)
m = -(2**30)
print(-m, m // -1, m * -1, abs(m), m - 1, -m - 1)
x = 2**70
x = x - 2**70 + 5
print(x, x == 5, type(x))
print((2**64) // (2**32), (2**64) >> 40, (2**64) % (2**32 + 1))
acc = 1
for i in range(80):
    acc = acc * 3 - 1
print(acc)
for i in range(80):
    acc = (acc + 1) // 3
print(acc)
