# truncate() on files, StringIO and BytesIO
import io

s = io.StringIO("hello world")
s.seek(5)
print(s.truncate(), repr(s.getvalue()), s.tell())
b = io.BytesIO(b"abcdef")
print(b.truncate(2), b.getvalue(), b.tell())

name = "_io_truncate.tmp"
with open(name, "w") as f:
    f.write("0123456789")
    print(f.truncate(4), f.tell())
with open(name) as f:
    print(repr(f.read()))
with open(name, "wb") as f:
    f.write(b"12345")
    f.seek(2)
    print(f.truncate(), f.tell(), f.truncate(10), f.tell())
with open(name, "rb") as f:
    print(f.read())
    try:
        f.truncate()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
with open(name, "r+") as f:
    try:
        f.truncate(-1)
    except OSError as e:
        print("OSError", e.errno)
f.close()
try:
    f.truncate()
except ValueError as e:
    print("ValueError", e)
import os
os.remove(name)
