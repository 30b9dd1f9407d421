# io.BytesIO: reading, writing, seeking, readinto.
import io

b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.tell())
print(b.readlines(), b.read(), b.read(5))
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
ba = bytearray(5)
print(b.readinto(ba), ba)
print(b.readinto(bytearray(100)), b.tell())
b.seek(2)
print(b.write(b"ZZ"), b.getvalue(), b.tell())
b.seek(15)
b.write(b"!")
print(b.getvalue())
print(b.write(bytearray(b"xy")), b.write(memoryview(b"mv")), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
print(b.read1(10))

e = io.BytesIO()
print(e.read(), e.getvalue(), e.tell())
e.writelines([b"a", b"b"])
print(e.getvalue())
with io.BytesIO(bytearray(b"init")) as c:
    print(c.read())
print(c.closed)
for op in [lambda: c.read(), lambda: c.getvalue(), lambda: c.seek(0)]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: io.BytesIO().write("str"), lambda: io.BytesIO("str"), lambda: io.BytesIO().seek(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
