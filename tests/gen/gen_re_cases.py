#!/usr/bin/env python3
"""Write tests/lib/re_generated.py: thousands of regular expression x subject
combinations (search/match/fullmatch spans and groups, findall, sub, split)
plus a list of malformed patterns whose re.error messages are compared.

Patterns come from a small random grammar over a tiny alphabet (so that
matches, partial matches and backtracking all happen) and from a fixed list
of hand-written cases. Everything is drawn here with a seeded generator and
written into the test as literals, so the test itself is deterministic.
Regenerate with:  python3 tests/gen/gen_re_cases.py
"""
import os
import random
import re

SEED = 20240917
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib', 're_generated.py')

ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', r'\d', r'\w', r'\s', r'\W', '[0-9]', r'\.', 'ab', 'x',
         '[b-]', r'[\d_]', '1']
ANCHORS = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
QUANTS = ['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,2}', '{2,}', '{,2}', '{1,3}?', '*+', '++',
          '?+']


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.rng.random()
        if depth < 3 and r < 0.22:
            kind = self.rng.choice(['(', '(?:', '(?P<', '(?=', '(?!', '(?>', '(?<='])
            if kind == '(?<=':
                # lookbehind needs a fixed width
                body = self.rng.choice(['a', 'b', '[ab]', 'ab', r'\d', '.'])
                neg = self.rng.random() < 0.4
                return ('(?<!' if neg else '(?<=') + body + ')'
            inner = self.alt(depth + 1)
            if kind == '(':
                self.groups += 1
                return '(' + inner + ')'
            if kind == '(?P<':
                self.groups += 1
                name = 'g%d' % self.groups
                self.names.append(name)
                return '(?P<%s>%s)' % (name, inner)
            return kind + inner + ')'
        if r < 0.28 and self.groups:
            g = self.rng.randint(1, self.groups)
            return '(?:\\%d)' % g
        if r < 0.34:
            return self.rng.choice(ANCHORS)
        return self.rng.choice(ATOMS)

    def piece(self, depth):
        a = self.atom(depth)
        if a not in ANCHORS and self.rng.random() < 0.35:
            a += self.rng.choice(QUANTS)
        return a

    def seq(self, depth):
        return ''.join(self.piece(depth) for _ in range(self.rng.randint(1, 4)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while self.rng.random() < 0.25 and len(parts) < 3:
            parts.append(self.seq(depth))
        return '|'.join(parts)


def subjects(rng, n):
    alphabet = 'aabbc1 _.\n-'
    out = ['', 'a', 'ab', 'abc', 'aab1 b.c', 'ba\nab']
    for _ in range(n):
        out.append(''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))))
    return out


FIXED = [
    (r'(a+)(b*)c', 0), (r'(?P<first>\w+)\s+(?P<last>\w+)', 0), (r'(a|ab)(c|bcd)(d*)', 0),
    (r'^(\d+)\.(\d+)$', 0), (r'(?i)AB+c', 0), (r'a.b', re.S), (r'^ab$', re.M), (r'(a)(b)?', 0),
    (r'(?:(a)|b)+', 0), (r'(a*)+', 0), (r'(a*)*b', 0), (r'(a|)+', 0), (r'((a)|b)+', 0), (r'(a)|(b)', 0),
    (r'\bab\b', 0), (r'\Bb', 0), (r'a(?=b)', 0), (r'a(?!b)', 0), (r'(?<=a)b', 0), (r'(?<!a)b', 0),
    (r'(a)\1', 0), (r'(?P<x>[ab])(?P=x)', 0), (r'(a)?(?(1)b|c)', 0), (r'x*', 0), (r'', 0), (r'$', 0),
    (r'^', re.M), (r'a{2,3}', 0), (r'a{2,3}?', 0), (r'(?>a+)b', 0), (r'a++b', 0), (r'(ab)*?b', 0),
    (r'[^\n]+', 0), (r'\s*\w+\s*', 0), (r'(?x) a b # comment', 0), (r'[a-c]+?c', 0), (r'(\d)(\d)?', 0),
    (r'A|B', re.I), (r'[A-C]+', re.I), (r'(?i:a)b', 0), (r'(?-i:a)b', re.I), (r'\w+', re.A),
    (r'(.)(?=(.))', 0), (r'a|b|c|ab|abc', 0), (r'(?:a|b)*?c', 0), (r'(a(b)?)+', 0), (r'(?s:.)\n', 0),
    (r'.*?b', 0), (r'.*b', 0), (r'[\w.]+', 0), (r'(\w)(?=\1)', 0), (r'\d{2,}', 0), (r'(b|a)*\1', 0),
]

ERRORS = [
    '*', '+a', 'a**', 'a*??', '(', '(a', ')', 'a)', '[', '[a', '[^', r'\q', r'a\k', '\\', 'a\\', 'a{2,1}',
    '(?P<1>a)', '(?P<a>a)(?P<a>b)', '(?P<a', '(?P<>a)', '(?P=b)', '(?P', '(?<x)', '(?x', '(?', '(?z)',
    r'(a)\2', r'\3', r'[b-a]', r'[\d-z]', r'[a-\d]', r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a*)', '(?#abc',
    'a(?i)b', '(?i', '(?-i)', '(?i-i:a)', r'\x4', r'\u12', r'\U0011ffff', r'\777', r'[\777]',
    '(?(1)a|b)', '(?(x)a)', '(a)(?(1)a|b|c)', '(?(0)a)', '(?(a-b)x)', r'(a)(?<=\1)', 'a{1,2}{3}', '^*',
    r'\b+', '(?P<a>a)(?P=a', 'x{2}{', 'a|*', '(?:', '((a)', r'[\q]', r'\8', 'a{99999999999}',
    '(?L)a', '(?au)a', '(?m-a:x)', '(?-:x)', '(?i-x-:a)', '(?P<a.b>x)', '(?P=1)', '\n(\n',
]

BODY = r'''
def show(m):
    if m is None:
        return '-'
    return '%r%r' % (m.span(), m.groups())


def run_case(pat, flags, subjects):
    try:
        p = re.compile(pat, flags)
    except (re.error, OverflowError, ValueError) as e:
        print(repr(pat), type(e).__name__, e)
        return
    print(repr(pat), flags, p.groups)
    for s in subjects:
        try:
            line = '%s %s %s %r %r %r' % (show(p.search(s)), show(p.match(s)), show(p.fullmatch(s)),
                                          p.findall(s), p.sub('<\\g<0>>', s), p.split(s))
        except Exception as e:
            line = '%s: %s' % (type(e).__name__, e)
        print('  ', repr(s), line)


for pat, flags in FIXED:
    run_case(pat, flags, SUBJECTS[:12])
for pat, subj in RANDOM:
    run_case(pat, 0, subj)
for pat in ERRORS:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), 'error', e, e.pos)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
'''


def main():
    rng = random.Random(SEED)
    subj = subjects(rng, 30)
    randoms = []
    seen = set()
    while len(randoms) < 700:
        g = Gen(rng)
        pat = g.alt(0)
        if pat in seen:
            continue
        seen.add(pat)
        try:
            re.compile(pat)
        except re.error:
            continue
        randoms.append((pat, rng.sample(subj, 6)))
    with open(OUT, 'w') as f:
        f.write('# Generated by tests/gen/gen_re_cases.py; do not edit.\n')
        f.write('import re\n\n')
        f.write('SUBJECTS = %r\n' % (subj,))
        f.write('FIXED = [\n')
        for pat, flags in FIXED:
            f.write('    (%r, %d),\n' % (pat, int(flags)))
        f.write(']\n')
        f.write('RANDOM = [\n')
        for pat, s in randoms:
            f.write('    (%r, %r),\n' % (pat, s))
        f.write(']\n')
        f.write('ERRORS = [\n')
        for pat in ERRORS:
            f.write('    %r,\n' % (pat,))
        f.write(']\n')
        f.write(BODY)


if __name__ == '__main__':
    main()
