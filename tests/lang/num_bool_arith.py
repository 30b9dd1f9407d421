def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# bool is an int subclass: arithmetic gives ints, & | ^ between bools give bools
T, F = True, False
for a in [T, F]:
    for b in [T, F, 0, 1, 2, 1.5]:
        t(lambda: (a + b, a - b, a * b, a & b if not isinstance(b, float) else None))
        t(lambda: (a | b, a ^ b) if not isinstance(b, float) else (a / b, a // b, a % b))
print(T & T, T | F, F ^ T, T ^ T, type(T & T), type(T & 1), type(1 | F), type(T + T))
print(~T, ~F, -T, +T, abs(T), -F, T << 4, T >> 1, T ** 10, F ** 0, T / 2, 3 // T, 3 % T)
t(lambda: T / F)
t(lambda: T // F)
t(lambda: T % F)
print(T == 1, F == 0, T == 1.0, T is True, T != 2, T < 2, F < T, sorted([T, F, 0, 1, -1]))
print(sum([T, T, T, F]), max(T, F), min(T, 0.5), divmod(T, 2), pow(T, 2, 2))
x = T
x += T
print(x, type(x))
x = T
x &= F
print(x, type(x))
x = T
x |= 0
print(x, type(x))
print(hash(T), hash(F), {T: 'a', 1: 'b'}, {0: 'z', F: 'y'}, int(T), float(F), complex(T), str(T), repr(F))
