# Pattern objects: attributes, repr, methods with pos/endpos, caching,
# equality; re.escape and purge.
import re

p = re.compile(r'(?P<word>\w+)\s(\d+)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex, sorted(p.groupindex.items()))
print(repr(re.compile('a' * 250)), re.compile("it's"), re.compile('quote"s\n'), re.compile(b"b'yte"))
print(p.match('hello 42'), p.search('!! hi 7', 1), p.search('!! hi 7', 4), p.fullmatch('ab 12'))
print(p.match('xx hello 42', 3), p.match('hello 42', 0, 5), p.search('hello 42', endpos=7), p.search('hi 5', pos=-10))
print(p.findall('a 1 b 2 c'), p.split('a 1 b 2 c'), p.sub(r'\2:\1', 'a 1 b 2'), p.subn('x', 'a 1'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('x')) == hash(re.compile('x')), re.compile(re.compile('y')).pattern)
print(re.compile('q') is re.compile('q'))
re.purge()
print(re.compile('q').pattern)
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p\tq#r&s~t-u'), re.escape('plain_123'), re.escape(''))
print(re.match(re.escape('1+1=2?'), '1+1=2?'), re.escape('é😀'))
m = p.match('word 9')
print(m.re is p, m.string, m.pos, m.endpos)
print(p.__copy__() is p, m.__deepcopy__({}) is m)
for args in [(), ('a', 1, 2, 3)]:
    try:
        p.match(*args)
    except TypeError:
        print('TypeError')
