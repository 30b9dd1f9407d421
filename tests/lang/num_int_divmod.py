def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# divmod with ints (and floats mixed in)
for a in [17, -17, 0, 2**70 + 1, -(2**70 + 1)]:
    for b in [5, -5, 1, -1, 2**35, -(2**35)]:
        print(divmod(a, b))
t(lambda: divmod(1, 0))
t(lambda: divmod(2**80, 0))
t(lambda: divmod(1.5, 0))
t(lambda: divmod(1, 0.0))
print(divmod(7, 2.0), divmod(-7, 2.0), divmod(7.5, -2))
print(divmod(True, 2), divmod(5, True))
print(divmod(-0.0, 5), divmod(0.0, -5))
t(lambda: divmod(1, 'a'))
t(lambda: divmod('a', 1))
t(lambda: divmod(1j, 1))
