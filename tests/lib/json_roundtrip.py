# Round trips of generated documents through dumps/loads with several
# option combinations; the output text must match CPython's byte for byte.
import json


class Rng:
    # a small LCG, so the test needs no random module
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.state >> 11

    def random(self):
        return self.next() / 2**53

    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def choice(self, seq):
        return seq[self.next() % len(seq)]


rng = Rng(1234)
CHARS = 'abcxyz \\"\n\t/éü€😀\x01'


def rand_str():
    return ''.join(rng.choice(CHARS) for _ in range(rng.randint(0, 6)))


def rand_value(depth):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice([None, True, False, rng.randint(-1000, 1000), rng.randint(-10**20, 10**20),
                           rng.uniform(-1e6, 1e6), rng.random() * 1e-10, rand_str(), 0.0, 1e22])
    if r < 0.65:
        return [rand_value(depth + 1) for _ in range(rng.randint(0, 4))]
    return {rand_str(): rand_value(depth + 1) for _ in range(rng.randint(0, 4))}


for i in range(60):
    v = rand_value(0)
    opts = [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False},
            {'separators': (',', ':')}, {'indent': '\t', 'sort_keys': True}][i % 6]
    s = json.dumps(v, **opts)
    back = json.loads(s)
    print(i, back == v, s)
