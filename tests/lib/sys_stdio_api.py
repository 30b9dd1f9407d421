# sys.stdin / stdout / stderr and their .buffer beyond read and write:
# names, modes, fileno, which way each goes, argument errors, and an
# empty input (the runner gives this test none).
import sys


def attempt(what, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(what, type(e).__name__, e)
    else:
        print(what, repr(r))


for f in (sys.stdin, sys.stdout, sys.stderr):
    print(f.name, f.mode, f.encoding, f.closed, f.fileno(), f.readable(), f.writable())
    b = f.buffer
    print(' ', b.name, b.mode, b.closed, b.fileno(), b.readable(), b.writable())

attempt('stdin.write', sys.stdin.write, 'x')
attempt('stdout.read', sys.stdout.read, 1)
attempt('stdout.readline', sys.stdout.readline)
attempt('stderr.readlines', sys.stderr.readlines)
attempt('next(stdout)', next, iter(sys.stdout))
attempt('read str', sys.stdin.read, 'x')
attempt('read float', sys.stdin.read, 1.5)
attempt('readline None', sys.stdin.readline, None)
attempt('readline str', sys.stdin.readline, 'x')
attempt('buffer.read str', sys.stdin.buffer.read, 'x')
attempt('buffer.readline str', sys.stdin.buffer.readline, 'x')
attempt('readinto str', sys.stdin.buffer.readinto, 'x')
attempt('readinto bytes', sys.stdin.buffer.readinto, b'x')
attempt('write bytes', sys.stdout.write, b'x')
attempt('buffer.write str', sys.stdout.buffer.write, 'x')

# an empty input: every read ends at once
attempt('read()', sys.stdin.read)
attempt('read(5)', sys.stdin.read, 5)
attempt('read(None)', sys.stdin.read, None)
attempt('readline()', sys.stdin.readline)
attempt('readlines()', sys.stdin.readlines)
attempt('list', list, sys.stdin)
attempt('buffer.read(3)', sys.stdin.buffer.read, 3)
attempt('readinto', sys.stdin.buffer.readinto, bytearray(2))
attempt('input', input)

# output: counts are characters for text, bytes for .buffer
n1 = sys.stdout.write('h\u00e9llo\n')
sys.stdout.flush()
n2 = sys.stdout.buffer.write(b'bytes\n')
sys.stdout.buffer.flush()
n3 = sys.stdout.buffer.write(bytearray(b'array\n'))
sys.stdout.flush()
sys.stdout.writelines(['one ', 'two\n'])
sys.stdout.buffer.writelines([b'three ', b'four\n'])
sys.stdout.flush()
print(n1, n2, n3)
