# String building: concatenation, join, slicing, methods (split, replace,
# upper, find, strip, startswith), character codes and reversal.


def build(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i) + ";")
    return "".join(parts)


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 500:
            s = s[250:]
    return s


def caesar(text, k):
    out = []
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def words_work(text):
    total = 0
    for w in text.split(";"):
        if not w:
            continue
        w2 = w.upper().replace("ITEM", "it-").strip("-")
        if w2.startswith("IT"):
            total += len(w2)
        total += w.find("1") + 1
        total += len(w[::-1])
    return total


def one_round(r):
    text = build(10000 + r)
    c = concat(50000 + r)
    enc = caesar(text[:30000], 3 + r % 20)
    dec = caesar(enc, 23 - r % 20)
    ok = dec == text[:30000]
    return (len(text) + words_work(text) + text.count("9"),
            c[:12] + enc[100:120], ok)


def main():
    total = 0
    ok = True
    tag = ""
    for r in range(36):
        n, tag, good = one_round(r)
        total += n
        ok = ok and good
    print("strings", total, tag, ok)


main()
