# sys.stdin as text: read(n) counts characters (UTF-8 sequences are never
# split), readline with and without a size, iteration, readlines, read to
# the end, and what every read gives at the end of input.
import sys

print(repr(sys.stdin.read(0)))
print(repr(sys.stdin.read(1)))
print(repr(sys.stdin.read(3)))      # 'é' is two bytes, '€' three
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(2)))  # a size cuts the line...
print(repr(sys.stdin.readline(-1))) # ...and the rest follows
print(repr(sys.stdin.readline(0)))
print(repr(sys.stdin.read(5)))      # across a line end
n = 0
for line in sys.stdin:
    print('for', repr(line))
    n += 1
    if n == 2:
        break
print(sys.stdin.readlines(1))       # the hint: stop once that much was read
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.read(1)), repr(sys.stdin.readline()))
print(sys.stdin.readlines(), list(sys.stdin))
