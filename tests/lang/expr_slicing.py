# expressions: slicing with start/stop/step, negative indices, out-of-range, slice objects
s = "abcdefghij"
l = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[-100:100], s[5:2], s[100:], repr(s[10:]))
print(l[1:9:3], l[-1:-5:-1], l[::3])
print(l[slice(2, 5)], l[slice(None, None, -3)])
t = tuple(l)
print(t[3:6], t[::-4])
b = b"0123456789"
print(b[2:4], b[::-3])
print(range(10)[2:8:2], range(10)[::-1])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, s[sl])
print(slice(5).start, slice(5).stop, slice(None).step)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    l["a":"b"]
except TypeError as e:
    print("TypeError", e)
print(s[1.0:] if False else s[True:])
class I:
    def __index__(self):
        return 3
print(s[I():], l[:I()])
print(l[-3], s[-1], t[-10])
print(s[3:3], l[5:5:-1], l[5:4:-1])
