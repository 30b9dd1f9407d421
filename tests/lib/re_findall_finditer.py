# findall / finditer: group shapes, empty matches (3.7+ rules), pos/endpos.
import re

print(re.findall(r'\d', 'a1b2c3'), re.findall(r'\d+', 'a12b345'), re.findall('x', 'abc'))
print(re.findall(r'(\w)(\d)', 'a1b2 c3'), re.findall(r'(\w)\d', 'a1b2'), re.findall(r'(a)|(b)', 'ab'))
print(re.findall('x*', 'axxb'), re.findall('', 'ab'), re.findall('|a', 'a'), re.findall('a|', 'aba'))
print(re.findall(r'\b', 'ab cd'), re.findall(r'\B', 'ab cd'), re.findall('^', 'a\nb', re.M), re.findall('$', 'a\nb\n', re.M))
print(re.findall(r'(a)?b', 'b ab'), re.findall(r'((a)b)', 'ab ab'), re.findall('a*?', 'aa'))
print(re.findall(r'\w+', 'héllo wörld ünïcode'), re.findall(r'[aeiou]', 'programming'))
p = re.compile(r'\d')
print(p.findall('0123456789', 3), p.findall('0123456789', 3, 6), p.findall('0123', -5, 100), p.findall('0123', 3, 1))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')])
print([m.group() for m in re.finditer('x*', 'axxb')])
print([(m.start(), m.group(1)) for m in re.finditer(r'(\d)(?=(\d))', '12345')])
it = re.finditer('a', 'aaa')
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list(p.finditer('a1b2c3', 2)), list(re.finditer('a', '')))
text = 'The year 1999 and 2024, not 12345 or 99.'
print(re.findall(r'\b\d{4}\b', text), re.findall(r'\b(\d\d)(\d\d)\b', text))
print(len(re.findall('a', 'a' * 10000)), len(re.findall('', 'b' * 1000)))
