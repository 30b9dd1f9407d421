def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# shifts with small, big and negative values
for a in [0, 1, -1, 5, -5, 2**40 + 3, -(2**40 + 3), 2**100 + 12345, -(2**100 + 12345)]:
    for n in [0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 100, 200]:
        print(a << n, a >> n)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: (2**100) << -(2**70))
t(lambda: (2**100) >> -5)
print(1 >> 10**30, -1 >> 10**30, -(2**100) >> 10**20, 0 << 10**30)
print(-7 >> 1, -8 >> 1, -9 >> 2, -1 >> 1)
print(True << 3, 4 >> True)
x = 1
x <<= 70
print(x)
x >>= 69
print(x)
print(1 << 62, 1 << 63, -1 << 63, (1 << 62) >> 62)
