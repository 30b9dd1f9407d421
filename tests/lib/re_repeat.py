# Quantifiers: greedy, lazy, counted, nested, and empty-match loops.
import re

s = '<a><b></b></a>'
print(re.match('<.*>', s).group(), re.match('<.*?>', s).group(), re.findall('<.+?>', s))
print(re.match('a{2,3}', 'aaaa'), re.match('a{2,3}?', 'aaaa'), re.match('a{2}', 'aaa'), re.match('a{0}b', 'b'))
print(re.match('(ab){2}', 'ababab'), re.match('(ab){2,}', 'ababab'), re.match('(?:ab){1,2}?c', 'ababc'))
print(re.match('a??b', 'ab'), re.match('a*?b', 'aaab'), re.match('a+?', 'aaa'), re.match(r'(a+?)(a*)', 'aaa').groups())
print(re.match('(a|b)*c', 'ababc').groups(), re.match('(a|b)*?c', 'ababc').groups(), re.match('(a*)*b', 'aab').groups())
print(re.match('(a*)+$', 'aa').groups(), re.match('(a?)*?$', 'aa').groups(), re.match('(|a)+', 'aa').groups())
print(re.match(r'(\w)*', 'abc').group(1), re.match(r'(\w){2}(\w)', 'abc').groups(), re.match('((a)|(b))*', 'ab').groups())
print(re.match('(?:(a)|(b))*', 'aba').groups(), re.match('(?:x(a)?)*', 'xax').groups(), re.match('(a)*?$', 'aa').groups())
print(re.match('.{3,5}', 'ab'), re.match('.{3,5}', 'abcdefg'), re.match(r'\d{1,3}(,\d{3})*', '1,234,567x'))
print(re.fullmatch('(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.fullmatch('(a+)(a+)', 'aaaa').groups())
print(re.match('x*y*z*', ''), re.findall('a{2}', 'aaaaa'), re.findall('a{2}?', 'aaaaa'), re.findall('(?:ab)+?', 'ababab'))
print(re.match('(a{1,3}){2}', 'aaaa').groups(), re.match('((a{2}){2})*', 'aaaaaaaa').groups())
print(re.search('b+', 'a' * 10000 + 'bbb'), re.match('(?:a|b)*c', 'ab' * 20000 + 'c').span())
print(re.match(r'(x+x+)+y', 'x' * 12), re.match('(a*)*$', 'a' * 14 + 'b'))
print(re.match('a{3,65535}', 'a' * 5), re.match('a{65536}', 'a' * 65536).span())
