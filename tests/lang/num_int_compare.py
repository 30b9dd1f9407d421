def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# comparisons among small and big ints of both signs
vals = [-(2**100), -(2**64), -(2**63), -(2**62) - 1, -(2**62), -1, 0, 1, 2**62 - 1, 2**62, 2**63, 2**64, 2**100]
for a in vals:
    print([a < b for b in vals])
    print([a == b for b in vals])
    print([a >= b for b in vals])
print(2**100 == 2**100, 2**100 != 2**100 + 1, 2**100 is not None)
print(max(vals), min(vals), sorted(vals, reverse=True)[:3])
print(1 < 2 < 2**70 < 2**71, 2**70 > 2**70 - 1 > -(2**70))
t(lambda: 1 < 'a')
t(lambda: 2**70 < None)
t(lambda: 1 >= [])
print(1 == 'a', 2**70 == (1,), 5 != None)
