# String formatting: %-formatting, str.format and f-strings with widths,
# precisions, alignment, hex/octal, floats, repr and nested fields.


def percent(n):
    acc = 0
    last = ""
    for i in range(n):
        s = "%5d|%-8s|%08.3f|%x|%o|%r" % (i, "k%d" % (i % 97), i / 7.0,
                                         i * 3, i, "v")
        acc += len(s)
        last = s
    return acc, last


def fmt(n):
    acc = 0
    last = ""
    for i in range(n):
        s = "{0:>6}|{1:<5}|{2:^9.2f}|{3:#x}|{4!r}|{0}".format(
            i, "ab", i * 0.25, i, "q")
        acc += len(s)
        last = s
    return acc, last


def fstr(n):
    acc = 0
    last = ""
    for i in range(n):
        w = i % 10 + 2
        x = i * 1.5
        s = f"{i:>{w}}|{x:.1f}|{i:06d}|{i % 13:b}|{'s'!r}|{x:e}"
        acc += len(s)
        last = s
    return acc, last


def main():
    a = percent(130000)
    b = fmt(130000)
    c = fstr(130000)
    print("formatting", a[0], b[0], c[0])
    print(a[1], b[1], c[1])


main()
