def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# hash of ints follows the modular rule
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**30), hash(-(2**30)))
print(hash(2**61 - 1), hash(2**61), hash(2**61 + 1), hash(-(2**61)), hash(2**62), hash(2**63), hash(2**64))
print(hash(2**100), hash(-(2**100)), hash(10**30), hash(-(10**30)))
print(hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2**100) == hash(2.0**100), hash(-(2**70)) == hash(-2.0**70))
print(hash(10**20) == hash(1e20), hash(2**61 - 2) == hash(float(2**61 - 2)))
d = {1: 'a', 2**80: 'b', -1: 'c'}
print(d[1.0], d[True], d[2.0**80], d[-1.0])
s = {1, 1.0, True, 2**64, float(2**64)}
print(len(s))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
