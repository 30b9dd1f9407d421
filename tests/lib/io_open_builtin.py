# The builtin open is io.open.
import io, os

print(open is io.open)
D = "_tmp_io_open_builtin"

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
try:
    name = D + "/f.txt"
    with open(name, "w") as f:
        print(f.write("one\ntwo\n"))
        print("three", file=f)
    with open(name) as f:
        print(f.read().split())
    with open(name, mode="rb") as f:
        print(f.read())
    try:
        open(D + "/missing.txt")
    except FileNotFoundError as e:
        print(e.errno, e.strerror)
finally:
    rmtree(D)
