# Dict-heavy work: word counting over generated text, memoized recursion
# with a dict cache, dict iteration, get/setdefault, keys/items, deletion.


def gen_words(n, seed):
    syll = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
    words = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (x >> 8) % 3
        w = ""
        y = x
        for _ in range(k):
            w += syll[y & 7]
            y >>= 3
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return {k: len(v) for k, v in groups.items()}


memo = {}


def paths(r, c):
    key = (r, c)
    if key in memo:
        return memo[key]
    if r == 0 or c == 0:
        v = 1
    else:
        v = (paths(r - 1, c) + paths(r, c - 1)) % 1000000007
    memo[key] = v
    return v


def churn(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
        if i % 3 == 0:
            del d[i // 2]
    s = 0
    for k in d:
        s += d[k]
    return len(d), s


def word_stats(seed):
    words = gen_words(20000, seed)
    counts = count(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(counts), top, sorted(group(words).items())


def main():
    check = 0
    for r in range(28):
        nwords, top, groups = word_stats(12345 + r)
        check = (check * 31 + nwords + top[0][1] + groups[0][1]) % 1000003
    memo.clear()
    p = paths(150, 150)
    for r in range(14):
        n, s = churn(50000 + r)
    print("dicts", check, nwords, top, groups, p, n, s, len(memo))


main()
