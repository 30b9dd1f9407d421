# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped
# flags, RegexFlag values and Pattern.flags.
import re

print(re.match('abc', 'ABC', re.I), re.match('[a-c]+', 'AbC', re.IGNORECASE), re.match('(?i)x', 'X'))
print(re.match('É', 'é', re.I), re.match('[à-ÿ]+', 'ÀÉ', re.I), re.match(r'(a)\1', 'aA', re.I))
print(re.findall('^a', 'a\na\nb', re.M), re.findall('a$', 'a\na\n', re.M), re.findall('^', '\n\n', re.M))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('(?s)a.b', 'a\nb'))
print(re.search('^b', 'a\nb'), re.search('^b', 'a\nb', re.MULTILINE), re.search('a$', 'a\nb'))
print(re.match(r'''(?x)
    (\d+)   # digits
    \s* - \s*
    (\d+)   # more digits
    [ ]x    # a space in a class, an escaped one: \ x
''', '12 - 34 x'))
print(re.match(r'a b', 'ab', re.X), re.match(r'a\ b', 'a b', re.X), re.match('a#b', 'a', re.X))
print(re.match(r'\w+', 'héllo'), re.match(r'\w+', 'héllo', re.A), re.match(r'(?a)\w+', 'héllo'))
print(re.match(r'\d+', '٣4'), re.match(r'\d+', '٣4', re.ASCII), re.match(r'\s', '\u2003'), re.match(r'(?a)\s', '\u2003'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
print(re.match('(?s:.).', '\n\n'), re.match('(?m:^a)', 'a'), re.match('(?x: a )b', 'ab'), re.match('(?im)^A$', 'x\na'))
print(re.I, re.M, re.S, re.X, re.A, re.U, re.NOFLAG, repr(re.I | re.M), str(re.S | re.X | re.A))
print(int(re.I), re.I == 2, re.I | 0, re.I & re.I, re.IGNORECASE is re.I, re.I + 1)
print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('(?im)a').flags, re.compile('a', re.A).flags)
print(re.compile('a', re.I | re.S), re.compile(b'a', re.M), re.compile('a', re.A | re.X), re.compile('(?i)a'))
for p, f in [('a', re.A | re.U), (b'a', re.U), ('a', re.L)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError', e)
