#!/usr/bin/env python3
"""Generate src/unichar_data.h: Unicode property tables for src/unichar.c.

Usage: makeunichar.py OUTPUT

The data comes from the running Python's unicodedata / str methods (the
Unicode Character Database of that version; CPython 3.11 has 14.0.0), so
the C side reproduces that Python's str behaviour. Everything at or below
U+007F is handled in code. Tables:

- alpha_bmp: alphabetic ranges of the BMP (astral letters are approximated
  in code by the CJK ideograph planes).
- decimal_zero, digit_other, numeric_bmp: digit and numeric classes.
- nonprint_bmp / nonprint_smp / nonprint_high: code points that are not
  printable (str.isprintable: categories Cc Cf Cs Co Cn Zl Zp Zs but the
  space), as ranges in the BMP, in plane 1 (offsets from U+10000) and above.
- case_upper / case_lower: full case mappings that are one code point, as
  runs {head, delta}: head = start | (count - 1) << 21 | stride-2 flag << 31;
  the code points start, start + stride, ... map to themselves + delta.
- case_title / case_fold: the same for titlecase / casefold where they
  differ from the uppercase / lowercase mapping (delta 0 allowed).
- case_multi: mappings to 2 or 3 code points {cp, kind, n, out[3]} sorted
  by (cp, kind); kind is UNICHAR_UPPER 0, LOWER 1, TITLE 2, FOLD 3; title
  and fold entries only where they differ from upper / lower.
- upper_xor / lower_xor: ranges where str.isupper() / str.islower() of one
  character differs from "has a different lowercase / uppercase mapping".
- title_lt: the titlecase letters (category Lt).
"""
import sys
import unicodedata

N = 0x110000
UPPER, LOWER, TITLE, FOLD = 0, 1, 2, 3


def ranges(pred, lo, hi):
    out, start = [], None
    for c in range(lo, hi):
        if pred(chr(c)):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, hi - 1))
    return out


def emit(lines, name, ctype, rs, width=4):
    lines.append("static const %s %s[][2] = {" % (ctype, name))
    row = []
    for a, b in rs:
        row.append("{0x%0*x, 0x%0*x}," % (width, a, width, b))
        if len(row) == 4:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("};")


def runs(pairs):
    """Group sorted (cp, delta) pairs into runs of equal delta, stride 1 or 2."""
    out, i = [], 0
    while i < len(pairs):
        c, d = pairs[i]
        j, stride = i + 1, 1
        if j < len(pairs) and pairs[j][1] == d and pairs[j][0] - c in (1, 2):
            stride = pairs[j][0] - c
            while (j < len(pairs) and pairs[j][1] == d and pairs[j][0] - pairs[j - 1][0] == stride
                   and j - i < 1024):
                j += 1
        out.append((c, j - i, d, stride))
        i = j
    return out


def emit_runs(lines, name, pairs):
    rs = runs(pairs)
    lines.append("static const case_run_t %s[] = {" % name)
    row = []
    for c, n, d, stride in rs:
        assert c < (1 << 21) and 1 <= n <= 1024
        head = c | (n - 1) << 21 | (1 << 31 if stride == 2 else 0)
        row.append("{0x%08x, %d}," % (head, d))
        if len(row) == 4:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("};")


def case_tables(lines):
    single = {UPPER: [], LOWER: [], TITLE: [], FOLD: []}
    multi = []
    for c in range(0x80, N):
        ch = chr(c)
        up, lo, ti, fo = ch.upper(), ch.lower(), ch.title(), ch.casefold()
        maps = [(UPPER, up, ch), (LOWER, lo, ch), (TITLE, ti, up), (FOLD, fo, lo)]
        for kind, m, base in maps:
            if m == base:
                continue        # unchanged (upper/lower) or same as the fallback
            if len(m) == 1:
                single[kind].append((c, ord(m) - c))
            else:
                assert c < 0x10000 and len(m) <= 3 and all(ord(x) < 0x10000 for x in m)
                multi.append((c, kind, m))
    emit_runs(lines, "case_upper", single[UPPER])
    emit_runs(lines, "case_lower", single[LOWER])
    emit_runs(lines, "case_title", single[TITLE])
    emit_runs(lines, "case_fold", single[FOLD])
    multi.sort(key=lambda e: (e[0], e[1]))
    lines.append("static const case_multi_t case_multi[] = {")
    for c, kind, m in multi:
        outs = [ord(x) for x in m] + [0] * (3 - len(m))
        lines.append("    {0x%04x, %d, %d, {0x%04x, 0x%04x, 0x%04x}}," % (c, kind, len(m), *outs))
    lines.append("};")
    emit(lines, "upper_xor", "uint32_t",
         ranges(lambda ch: ch.isupper() != (ch.lower() != ch), 0x80, N), 5)
    emit(lines, "lower_xor", "uint32_t",
         ranges(lambda ch: ch.islower() != (ch.upper() != ch), 0x80, N), 5)
    emit(lines, "title_lt", "uint16_t",
         ranges(lambda ch: unicodedata.category(ch) == "Lt", 0x80, 0x10000))
    assert not ranges(lambda ch: unicodedata.category(ch) == "Lt", 0x10000, N)


def main():
    out = sys.argv[1]
    alpha = ranges(str.isalpha, 0x80, 0x10000)
    decimal_zero = [c for c in range(0x80, N)
                    if chr(c).isdecimal() and unicodedata.decimal(chr(c)) == 0]
    digit = ranges(lambda ch: ch.isdigit() and not ch.isdecimal(), 0x80, N)
    numeric = ranges(lambda ch: ch.isnumeric() and not ch.isdigit(), 0x80, 0x10000)
    nonprint = ranges(lambda ch: not ch.isprintable(), 0x80, N)
    np_bmp = [(a, b) for a, b in nonprint if b < 0x10000]
    np_smp = [(a - 0x10000, b - 0x10000) for a, b in nonprint if a >= 0x10000 and b < 0x20000]
    np_high = [(a, b) for a, b in nonprint if a >= 0x20000]
    assert len(np_bmp) + len(np_smp) + len(np_high) == len(nonprint), "range crosses a plane"
    lines = ["/* Generated by tools/makeunichar.py from Unicode %s; do not edit. */"
             % unicodedata.unidata_version]
    emit(lines, "alpha_bmp", "uint16_t", alpha)
    lines.append("static const uint32_t decimal_zero[] = {")
    for i in range(0, len(decimal_zero), 6):
        lines.append("    " + " ".join("0x%05x," % c for c in decimal_zero[i:i + 6]))
    lines.append("};")
    emit(lines, "digit_other", "uint32_t", digit)
    emit(lines, "numeric_bmp", "uint16_t", numeric)
    emit(lines, "nonprint_bmp", "uint16_t", np_bmp)
    emit(lines, "nonprint_smp", "uint16_t", np_smp)
    emit(lines, "nonprint_high", "uint32_t", np_high, 5)
    case_tables(lines)
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")


main()
