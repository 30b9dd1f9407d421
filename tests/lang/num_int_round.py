def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# round() of ints: half to even at 10**-n
for v in [0, 5, 15, 25, 35, -5, -15, -25, 12345, 12350, 12450, -12350, 99, 10**20 + 5 * 10**9, 2**70]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -10), round(v, -30))
print(type(round(5)), type(round(5, 1)), type(round(True)), type(round(True, 1)))
print(round(True), round(True, -1), round(12, True))
t(lambda: round(7, 1.0))
t(lambda: round(7, '1'))
print(round(7, None), round(2**100 + 5, -1), round(2**100 + 15, -1), round(-(2**100) - 5, -1))
print(round(5, -10**20 // 10**19), round(5, 10**30), round(-5, -100))
