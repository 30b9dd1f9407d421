def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# big int addition and subtraction across sign and carry boundaries
vals = [0, 1, -1, 2**31 - 1, 2**31, -2**31, 2**32, 2**62 - 1, 2**62, -2**62, 2**63, -2**63 - 1,
        2**64 - 1, 2**64, 10**20, -10**20, 10**40 + 7, -(10**40) + 3, 2**200 - 1, -2**200]
for a in vals:
    for b in vals:
        print(a + b, a - b)
x = 0
for i in range(100):
    x += 2**i
print(x == 2**100 - 1)
y = 2**100 - 1
for i in range(100):
    y -= 2**i
print(y)
print(2**64 - 2**64, type(2**64 - 2**64))
s = 0
for i in range(1, 200):
    s += i * 10**i
print(s % 1000003, len(str(s)))
print(-(2**62) - 2**62 == -(2**63))
print(sum([2**60] * 20))
