# sys.stdin decodes UTF-8 strictly: a sequence cut off by the end of the
# input is an error (the characters before it are not).
import sys

print(repr(sys.stdin.read(2)))
try:
    sys.stdin.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
