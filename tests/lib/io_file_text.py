# Text files from io.open: UTF-8, lines, iteration, seek/tell, modes.
import io, os

D = "_tmp_io_file_text"

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
    with io.open("t.txt", "w") as f:
        print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable())
        print(f.write("héllo\nwörld\n"), f.write("€ last"))
    print(f.closed)
    with io.open("t.txt") as f:
        print(repr(f.read(3)), f.tell())
        print(repr(f.readline()))
        print(f.readlines())
        print(repr(f.read()))
        f.seek(0)
        print([line for line in f])
        f.seek(0)
        line1 = f.readline()
        pos = f.tell()
        print(repr(f.readline()))
        f.seek(pos)
        print(repr(f.readline()), f.seek(0, 2), repr(f.read()))
    with io.open("t.txt", "a") as f:
        print(f.mode, f.write("\nappended"))
    with io.open("t.txt", "r+") as f:
        f.seek(0)
        f.write("H")
        f.seek(0)
        print(f.read().splitlines())
    with io.open("t.txt", "rt", encoding="utf-8") as f:
        print(f.mode, f.encoding, len(f.read()))
    with io.open("t.txt", "w", encoding="latin-1") as f:
        f.write("ÿé\n")
    with io.open("t.txt", "rb") as f:
        print(f.read())
    with io.open("t.txt", encoding="latin-1") as f:
        print(repr(f.read()))
    with io.open("x.txt", "x") as f:
        f.write("new")
    print(io.open("x.txt").read())
    big = "".join("row %d %s\n" % (i, "é" * (i % 5)) for i in range(2000))
    with io.open("big.txt", "w") as f:
        f.write(big)
    with io.open("big.txt") as f:
        n = 0
        for line in f:
            n += len(line)
        print(n == len(big))
    with io.open("big.txt") as f:
        chunks = []
        while True:
            c = f.read(777)
            if not c:
                break
            chunks.append(c)
        print("".join(chunks) == big, len(chunks))
finally:
    os.chdir("..")
    rmtree(D)
