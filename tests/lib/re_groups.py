# Match objects: groups by number and name, spans, defaults, lastindex,
# lastgroup, expand, indexing.
import re

p = re.compile(r'(?P<user>\w+)@(?P<host>\w+)\.(com|org)(!)?')
m = p.search('mail: joe@site.org now')
print(m.group(), m.group(0), m.group(1), m.group('host'), m.group(1, 'host', 3), m.group(4))
print(m.groups(), m.groups('-'), m.groups(default=0), m.groupdict(), m.groupdict('x'))
print(m.span(), m.span(1), m.span('host'), m.span(4), m.start(3), m.end(3), m.start(4), m.end('user'))
print(m[0], m[1], m['user'], m[4], m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
print(m.expand(r'\g<host>/\g<user> [\3] \g<0> \1\n'), repr(m.expand(r'\4')))
for bad in [5, -1, 'nope', 1.0, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
    try:
        m.start(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.match(r'(a)(b)?', 'a').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup, re.match(r'(a)(?P<n>b)', 'ab').lastgroup, re.match('a', 'a').lastindex)
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'(a*)+', 'b').groups(), re.match(r'(a|b)*', 'abab').group(1), re.match(r'(a(b)?)+', 'aba').groups())
print(re.match(r'((\w)(\d))+', 'a1b2c3').groups(), re.match(r'(?P<d>\d)+', '123').groupdict())
nested = re.match(r'((((((((((a))))))))))', 'a')
print(nested.groups(), nested.lastindex)
many = re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)', 'abcdefghijkl')
print(many.group(12), many.groups()[-3:], many.span(11))
print(re.match('(a)', 'a').group(True))
u = re.search('(é+)(ü)', 'xxééüy')
print(u, u.span(1), u.span(2), u.group(2))
