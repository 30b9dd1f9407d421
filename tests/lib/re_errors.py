# re.error: CPython's messages, positions and attributes for bad patterns.
import re

bad = ['*', '+a', '?', 'a**', 'a*??', 'a{2}{3}', '(', '(a', '(?:', ')', 'a)', '[', '[a', '[^', '[]',
       r'\q', r'a\k', '\\', 'a\\', 'a{2,1}', '(?P<1>a)', '(?P<a>a)(?P<a>b)', '(?P<a', '(?P<>a)',
       '(?P=b)', '(?P', '(?<x)', '(?x', '(?', '(?z)', r'(a)\2', r'\3', '[b-a]', r'[\d-z]', r'[a-\w]',
       r'(?<=a+)b', r'(?<=a|bc)d', '(?#abc', 'a(?i)b', '(?i', '(?-i)', '(?i-i:a)', r'\x4', r'\u12',
       r'\777', '(?(1)a|b)', '(?(x)a)', '(a)(?(1)a|b|c)', '(?(0)a)', '^*', r'\b+', 'a|*', r'(a)(?<=\1)',
       r'(?P<a>x)(?P=a', 'x{99999999999}', '(?L)a', '(?au)x', '(?-:x)', '(?P<a.b>x)', 'ab\n(cd',
       r'(a)(?<=(?P=a))', '(?<=(a))\\1', r'(?<=a(?=b))', '(?i-m:(?i)x)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)
for p in [b'(', b'[\xff', b'\\q']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '|', e, '|', e.pattern, e.pos)
e = re.error('custom message')
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error('m', 'pat\ntern', 5)
print(e, e.lineno, e.colno)
for args in [(1, 'a'), ('a', 1), (None, 'x')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
