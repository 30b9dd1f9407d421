# split: captured separators, maxsplit, empty matches.
import re

print(re.split(',', 'a,b,c'), re.split(',', 'a,b,c', maxsplit=1), re.split(',', 'a,b,c', 1))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'(a)|(b)', 'xaybz'), re.split(r'\s+', ' a b '))
print(re.split('x*', 'axb'), re.split(r'\b', 'a b'), re.split('', 'abc'), re.split('(?=b)', 'abab'))
print(re.split(',', ''), re.split('x', 'abc'), re.split('a', 'bab', maxsplit=-1), re.split('a', 'aaa'))
print(re.split('[,;] *', 'one, two;three,  four'), re.split(r'(\d)', 'a1b2c', maxsplit=1))
p = re.compile(r'\W+')
print(p.split('Words, words, words.'), p.split('Words, words, words.', 1), p.split(string='a b'))
print(re.split('(?i)X', 'axbXc'), re.split(b',', b'1,2'), re.split('é', 'aébéc'))
