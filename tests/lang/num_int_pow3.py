def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# three-argument pow
print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 100, 2**64), pow(10**30, 10**5, 10**20 + 39))
print(pow(3, -1, 7), pow(2, -1, 5), pow(-2, -3, 11), pow(38, -1, 97))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
print(pow(5, 0, 1), pow(0, 0, 7), pow(0, 5, 7), pow(7, 1, 1))
print(pow(True, 5, 3), pow(2, True, 3))
print(pow(2**200 + 1, 2**100 + 1, 3**50))
print(pow(2, 5, -3), pow(-2, 5, 3))
