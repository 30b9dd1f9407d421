# Errors from io.open and from file objects.
import io, os

D = "_tmp_io_file_errors"

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

def attempt(fn):
    try:
        r = fn()
        print("ok", r)
    except (OSError, ValueError, TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)

try:
    attempt(lambda: io.open("nope.txt"))
    attempt(lambda: io.open("nope.txt", "rb"))
    os.mkdir("dir")
    attempt(lambda: io.open("dir"))
    attempt(lambda: io.open("dir", "w"))
    with io.open("f.txt", "w") as f:
        f.write("data")
    attempt(lambda: io.open("f.txt", "x"))
    for mode in ["rw", "rr", "", "rbt", "q", "b", "r+a", 5]:
        attempt(lambda: io.open("f.txt", mode))
    attempt(lambda: io.open("f.txt", "rb", encoding="utf-8"))
    attempt(lambda: io.open("f.txt", "rb", errors="strict"))
    attempt(lambda: io.open("f.txt", "rb", newline=""))
    attempt(lambda: io.open("f.txt", "r", buffering=0))
    attempt(lambda: io.open("f.txt", "r", encoding="nope"))
    attempt(lambda: io.open("f.txt", newline="x"))
    attempt(lambda: io.open(["f.txt"]))
    attempt(lambda: io.open("f\0.txt"))
    r = io.open("f.txt")
    attempt(lambda: r.write("x"))
    w = io.open("g.txt", "w")
    attempt(lambda: w.read())
    attempt(lambda: w.write(b"bytes"))
    w.close()
    w.close()
    rb = io.open("f.txt", "rb")
    attempt(lambda: rb.write(b"x"))
    attempt(lambda: rb.readinto(b"immutable"))
    wb = io.open("g.txt", "wb")
    attempt(lambda: wb.read())
    attempt(lambda: wb.write("str"))
    wb.close()
    r.close()
    rb.close()
    attempt(lambda: r.read())
    attempt(lambda: r.readline())
    attempt(lambda: r.tell())
    attempt(lambda: rb.read())
    attempt(lambda: rb.seek(0))
    attempt(lambda: rb.tell())
    attempt(lambda: wb.write(b"x"))
    attempt(lambda: r.fileno())
    with io.open("bad.bin", "wb") as f:
        f.write(b"ok\xff\xfe")
    attempt(lambda: io.open("bad.bin").read())
    attempt(lambda: io.open("bad.bin", errors="replace").read())
    attempt(lambda: io.open("bad.bin", errors="ignore").read())
    t = io.open("f.txt")
    attempt(lambda: t.seek(1, 1))
    attempt(lambda: t.seek(-1, 2))
    attempt(lambda: t.seek(-1))
    attempt(lambda: t.seek(0, 5))
    t.close()
finally:
    os.chdir("..")
    rmtree(D)
