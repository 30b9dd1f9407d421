# bytes patterns and subjects: ASCII semantics, bytes results.
import re

print(re.match(b'a+', b'aab'), re.findall(rb'\d', b'1a2b3'), re.sub(b'a', b'x', b'banana'))
print(re.split(b'[,;]', b'1,2;3'), re.search(rb'(\w+)@(\w+)', b'me@host').groups())
print(re.match(rb'\w+', b'caf\xe9'), re.match(rb'[\x80-\xff]+', b'\xe9\xff!'), re.match(b'.', b'\n'))
print(re.match(b'abc', b'ABC', re.I), re.match(b'\xe9', b'\xc9', re.I), re.match(rb'\s+', b' \t\x0b\x0c\r\n!'))
print(re.escape(b'a.b*c\x00\xff'), re.compile(b'x+'), re.compile(rb'\d', re.I | re.M).flags)
print(re.match(b'a', bytearray(b'abc')), re.findall(b'.', bytearray(b'ab')), re.match(b'(a)', memoryview(b'a')).span())
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.sub(b'a', lambda m: m.group().upper(), b'aba'), re.subn(b'x', b'', b'xax'))
m = re.match(rb'(?P<n>\d+)', b'42x')
print(m.group('n'), m.groupdict(), m.expand(rb'[\g<n>]'), m.string, m.span())
print(re.fullmatch(b'\\\\', b'\\'), re.match(rb'[^\x00-\x7f]', b'\x80'), re.findall(rb'\b\w+\b', b'one two'))
