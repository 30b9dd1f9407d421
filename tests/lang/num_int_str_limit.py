def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# the 4300-digit limit for decimal int <-> str conversion
t(lambda: len(str(10**4299)))
t(lambda: len(str(-10**4299)))
t(lambda: str(10**4300))
t(lambda: repr(-10**4300))
t(lambda: int('1' * 4300) % 1000)
t(lambda: int('1' * 4301))
t(lambda: int('-' + '1' * 4301))
t(lambda: int('0' * 4301))
t(lambda: int('1_' * 4300 + '1'))
t(lambda: int('1' * 5000, 16) % 1000)
t(lambda: int('1' * 5000, 2) % 1000)
t(lambda: int('1' * 5000, 8) % 1000)
t(lambda: int('1' * 5000, 32) % 1000)
t(lambda: int('1' * 5000, 36))
t(lambda: hex(10**5000)[:12])
t(lambda: oct(10**5000)[-5:])
t(lambda: bin(10**5000)[-5:])
t(lambda: '%x' % 1 if False else len('%x' % 10**5000))
t(lambda: str(10**100000))
