# choice picks members of any sequence
import random

random.seed(3)
for seq in ([1, 2, 3], (4, 5), "abc", range(10, 20, 2), b"xyz", [None], bytearray(b"q")):
    picks = [random.choice(seq) for _ in range(300)]
    print(repr(seq), all(p in seq for p in picks), len(set(picks)) == len(set(seq)))
print(random.choice({0: "zero"}))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

print(sorted(set(random.choice(Seq()) for _ in range(200))))
for bad in ([], "", (), range(0), 5, {}):
    try:
        print(random.choice(bad))
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
