# shuffle permutes in place
import random

random.seed(11)
orig = list(range(50))
x = orig[:]
random.shuffle(x)
print(sorted(x) == orig, x != orig, len(x))
random.seed(11)
y = orig[:]
random.shuffle(y)
print("repeatable", x == y)
perms = set()
for _ in range(600):
    z = [1, 2, 3]
    random.shuffle(z)
    perms.add(tuple(z))
print(sorted(perms))
for seq in ([], [1], ["a", "b"]):
    random.shuffle(seq)
    print(sorted(seq))
ba = bytearray(b"abcdef")
random.shuffle(ba)
print(sorted(ba) == sorted(b"abcdef"))
firsts = [0] * 4
for _ in range(4000):
    z = [0, 1, 2, 3]
    random.shuffle(z)
    firsts[z[0]] += 1
print(all(850 < f < 1150 for f in firsts))
print(random.shuffle([3, 2]))
for bad in ((1, 2), "ab", 5):
    try:
        random.shuffle(bad)
    except TypeError as e:
        print("TypeError", e)
