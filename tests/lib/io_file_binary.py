# Binary files from io.open: buffered types, read/readinto/seek/tell.
import io, os

D = "_tmp_io_file_binary"

def rmtree(d):
    for n in os.listdir(d):
        p = d + "/" + n
        if os.stat(p)[0] & 0o170000 == 0o040000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(d)

if D in os.listdir():
    rmtree(D)  # left over from an interrupted run
os.mkdir(D)
os.chdir(D)
try:
    data = bytes(range(256)) * 10
    with io.open("b.bin", "wb") as f:
        print(type(f).__name__, f.mode, f.write(data), f.tell())
    with io.open("b.bin", "rb") as f:
        print(type(f).__name__, f.mode, f.read(4), f.tell())
        print(f.read(300)[-3:], f.tell())
        f.seek(-2, 2)
        print(f.read(), f.read(), f.tell())
        f.seek(10)
        f.seek(5, 1)
        print(f.tell(), f.read(3))
        buf = bytearray(6)
        print(f.readinto(buf), buf, f.tell())
        f.seek(0)
        print(len(f.read()) == len(data))
        f.seek(255)
        print(f.readline(), f.readline()[:3])
        print(f.fileno() >= 0, f.seekable(), f.readable(), f.writable(), f.isatty())
    with io.open("b.bin", "ab") as f:
        print(type(f).__name__, f.mode, f.write(b"tail"))
    with io.open("b.bin", "r+b") as f:
        print(type(f).__name__, f.mode, f.read(3))
        f.write(b"XY")
        f.seek(0)
        print(f.read(6), f.seek(0, 2))
    with io.open("b.bin", "w+b") as f:
        print(f.mode, f.read(), f.write(b"line1\nline2\nline3"))
        f.seek(0)
        print(f.readlines(), list(f))
        f.seek(0)
        print([x for x in f])
    with io.open("b.bin", "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(5), f.closefd)
    with io.open("b.bin", "xb") if False else io.open("c.bin", "xb") as f:
        print(f.mode, f.write(bytearray(b"ba")), f.write(memoryview(b"mv")))
    print(io.open("c.bin", "rb").read())
finally:
    os.chdir("..")
    rmtree(D)
