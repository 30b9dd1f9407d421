# Lookahead, lookbehind, atomic groups, possessive quantifiers and
# conditional groups.
import re

print(re.search(r'foo(?=bar)', 'foobaz foobar'), re.search(r'foo(?!bar)', 'foobar foobaz'))
print(re.search(r'(?<=\$)\d+', 'cost: $42'), re.search(r'(?<!\$)\b\d+', '$42 17'))
print(re.findall(r'(?<=a)b', 'ab cb ab'), re.findall(r'(?<![a-z])\d', 'a1 2 b3 4'))
print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'(?=(\w\w))', 'abcd'))
print(re.match(r'(?=(a+))a*b\1', 'aaab'), re.match(r'(?!a)\w', 'b'), re.match(r'(?!a)\w', 'a'))
print(re.search(r'(?<=ab|cd)e', 'cde'), re.search(r'(?<=(a)b)c', 'abc').groups(), re.search(r'(?<!(a))c', 'bc').groups())
print(re.search(r'(?<=\bth)e', 'the'), re.search(r'(?<=^)a', 'a'), re.search(r'(?<=a{2})b', 'aab'))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'(?<=a)b').match('ab', 1), re.compile('^b').search('ab', 1))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:a|ab)c', 'abc'))
print(re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'), re.match(r'a*+a', 'a'), re.match(r'a?+a', 'a'), re.match(r'(?:ab)++c', 'ababc'))
print(re.match(r'a{1,2}+a', 'aaa'), re.match(r'(a+)++b', 'aab').groups())
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"word"'), re.match(r'(?P<q>")?\w+(?(q)")', 'word'), re.match(r'(?P<q>")?\w+(?(q)")$', '"word'))
print(re.match(r'(a)?(?(1)b)', 'x'), re.findall(r'(<)?(\w+)(?(1)>)', '<a> b <c'))
emails = ['user@example.com', 'bad@', '@bad.com', 'ok.name+tag@sub.domain.org']
pat = re.compile(r'^(?=[^@]+@[^@]+\.\w+$)(?!.*\.\.)[\w.+-]+@[\w-]+(?:\.[\w-]+)+$')
print([bool(pat.match(e)) for e in emails])
print(re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', 'total 1234567 and 89'))
