# input() and sys.stdin read one stream: a line taken by input() is gone
# for sys.stdin and the other way round. A line ends at LF, CR LF or CR.
import sys

print(repr(input()))
print(repr(sys.stdin.read(4)))
print(repr(input('prompt> ')))
print(repr(sys.stdin.readline()))
print(repr(input()), repr(input()))
print(repr(input()))
print(repr(sys.stdin.read(3)))
print(repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
print(repr(sys.stdin.read()))
