# re.match / search / fullmatch on literals, classes, anchors and the
# repr of Match objects.
import re

cases = [('abc', 'abcdef'), ('abc', 'xabc'), ('a.c', 'abc'), ('a.c', 'a\nc'), ('a+', 'aaab'), ('a*', 'bbb'),
         ('[abc]+', 'cabx'), ('[^abc]+', 'xyza'), ('[a-z0-9]+', 'az09Z'), (r'\d+', '123abc'), (r'\D+', 'ab12'),
         (r'\w+', 'hi_there!'), (r'\W+', '!? a'), (r'\s+', ' \t\nx'), (r'\S+', 'ab cd'), ('^ab', 'ab'),
         ('ab$', 'ab\n'), (r'\Aab\Z', 'ab'), (r'\Aab\Z', 'ab\n'), (r'\bis\b', 'this is it'),
         (r'\Bis\B', 'this isn'), ('colou?r', 'color'), ('colou?r', 'colour'), ('x{3}', 'xxxx'),
         ('x{2,3}', 'xxxx'), ('x{2,}', 'xxxxx'), ('x{,2}', 'xxx'), ('a|b|c', 'cab'), ('ab|cd', 'xcd'),
         ('', 'abc'), ('$', 'abc'), (r'\.\*\+\?', '.*+?'), ('[.]', 'a.'), ('[]]', ']'), ('[a-]', '-'),
         (r'[\]\\]', '\\'), ('a{', 'a{'), ('a{x}', 'a{x}'), ('a{1', 'a{1'), ('{', '{'), ('x{}', 'x{}')]
for pat, s in cases:
    print(repr(pat), repr(s), re.match(pat, s), re.search(pat, s), re.fullmatch(pat, s))
m = re.search(r'\d+', 'abc 12345 def')
print(m, bool(m), m.group(), m.span(), m.start(), m.end())
print(re.match('x' * 60, 'x' * 70))
print(re.match('(?s).*', 'a\nb\x00c\'"'), re.match('é+', 'ééx'), re.match('.', '😀'))
