# List-heavy work: sorting (with keys, reversed), comprehensions, slicing,
# append/pop/insert, sieve of Eratosthenes, nested lists, min/max/sum.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 100000)
    return out


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = [False] * ((n - i * i) // i + 1)
        i += 1
    return [i for i, f in enumerate(flags) if f]


def matrix(n):
    a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def stack_ops(n):
    st = []
    s = 0
    for i in range(n):
        st.append(i)
        if i % 3 == 2:
            s += st.pop() - st.pop()
    q = st[:]
    q.reverse()
    return s, len(st), q[:3]


def main():
    for seed in range(1, 9):
        data = lcg_list(30000, seed)
        s1 = sorted(data)
        s2 = sorted(data, key=lambda v: (v % 1000, v), reverse=True)
    data = lcg_list(30000, 9)
    s1 = sorted(data)
    s2 = sorted(data, key=lambda v: (v % 1000, v), reverse=True)
    evens = [v // 2 for v in data if v % 2 == 0]
    sl = data[::3][100:200]
    primes = sieve(100000)
    for n in range(6):
        sieve(80000 + n)
    m = matrix(60)
    st = stack_ops(100000) + stack_ops(100001) + stack_ops(100002)
    print("lists", s1[0], s1[-1], s1[15000], s2[:3], len(evens), sum(sl),
          len(primes), primes[-1], sum(map(sum, m)), st, max(data),
          min(data))


main()
