# sub / subn: templates, group references, callables, count, empty matches.
import re

print(re.sub('a', 'b', 'banana'), re.sub('a', 'b', 'banana', count=2), re.sub('a', 'b', 'banana', 1))
print(re.subn('a', 'b', 'banana'), re.subn('x', 'y', 'banana'), re.subn('a', '', 'aaa', count=5), re.subn('a', 'b', 'aa', -1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(?P<a>x)', r'[\g<a>]', 'axbx'))
print(re.sub('(a)', r'\g<1>\g<0>\1', 'ab'), re.sub('a', r'\n\t\\', 'xa'), repr(re.sub('a', r'\0', 'a')))
print(re.sub('a', r'\101', 'xa'), re.sub('a', r'\&', 'a'), re.sub('a', r'\-', 'a'), re.sub('(a)(b)?', r'[\2]', 'a'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'make title case'))
print(re.sub('a', lambda m: None, 'banana'), re.sub('a', lambda m: '', 'banana'))
calls = []
print(re.sub('.', lambda m: calls.append(m.start()) or '*', 'abc'), calls)
print(re.sub('é', 'e', 'éléphant é'), re.sub('[àâ]', 'a', 'àâb'), re.sub('😀', ':)', 'hi 😀!'))
p = re.compile(r'\s+')
print(p.sub(' ', '  many   spaces here  '), p.subn('', 'a b c'), p.sub(repl='_', string='x y', count=1))
for t in [r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<x>', r'\g<2>', r'\3', r'\q', '\\', r'\g<1a>', r'\400', r'\g<-1>']:
    try:
        print(repr(t), re.sub('(a)', t, 'a'))
    except re.error as e:
        print(repr(t), 'error', e)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
for f in [lambda m: 5, lambda m: b'x']:
    try:
        re.sub('a', f, 'bab')
    except TypeError as e:
        print('TypeError', e)
print(re.sub('(?m)^', '> ', 'line1\nline2\nline3'))
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567890'))
print(len(re.sub('a', 'bb', 'a' * 5000)))
