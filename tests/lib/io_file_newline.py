# Newline handling of text files: universal newlines and the newline argument.
import io, os

D = "_tmp_io_file_newline"

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
    with io.open("n.txt", "wb") as f:
        f.write(b"a\nb\r\nc\rd\r\r\ne")
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with io.open("n.txt", newline=nl) as f:
            print(repr(nl), f.readlines())
        with io.open("n.txt", newline=nl) as f:
            print(repr(nl), repr(f.read()))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with io.open("w.txt", "w", newline=nl) as f:
            f.write("x\ny\r\nz")
        with io.open("w.txt", "rb") as f:
            print(repr(nl), f.read())
    # a \r\n split across the read-ahead buffer
    for pad in range(1020, 1028):
        with io.open("p.txt", "w", newline="") as f:
            f.write("a" * pad + "é\r\nxyz\r")
        with io.open("p.txt") as f:
            lines = f.readlines()
        with io.open("p.txt") as f:
            whole = f.read()
        print(pad, [len(l) for l in lines], len(whole), whole.count("\n"))
finally:
    os.chdir("..")
    rmtree(D)
