# io.StringIO: reading, writing, seeking, iteration, closing.
import io

s = io.StringIO("héllo\nwörld\nlast")
print(repr(s.read(3)), s.tell())
print(repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print(list(s))
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(-1)))
print(s.getvalue() == "héllo\nwörld\nlast")

w = io.StringIO()
print(w.write("abc"), w.write("é€\n"), w.write(""))
print(repr(w.getvalue()), w.tell())
w.seek(1)
w.write("X")
print(repr(w.getvalue()), w.tell())
w.seek(0, 2)
w.write("!")
print(repr(w.getvalue()))
w.seek(12)
w.write("end")
print(repr(w.getvalue()), w.tell())
print(w.truncate(4), repr(w.getvalue()), w.tell())
w.writelines(["a", "b\n", "c"])
print(repr(w.getvalue()))
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.closed)

with io.StringIO("x\ny") as c:
    print(c.read())
print(c.closed)
for op in [lambda: c.read(), lambda: c.write("x"), lambda: c.getvalue(), lambda: c.tell(),
           lambda: c.seek(0), lambda: iter(c).__next__(), lambda: c.isatty()]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
c.close()

print(repr(io.StringIO().read()), repr(io.StringIO(None).getvalue()))
print(io.StringIO("a\r\nb\rc\n", newline=None).readlines())
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(io.StringIO("a\r\nb\rc\n").readlines())
for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO().write(b"x"), lambda: io.StringIO("", newline="x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = io.StringIO("abc")
try:
    s.seek(1, 1)
except OSError as e:
    print("OSError", e)
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError", e)
print(s.seek(0, 2), s.seek(0, 1), s.seek(1))
print(isinstance(s, io.IOBase))
