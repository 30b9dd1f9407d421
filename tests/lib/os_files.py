# os file and directory functions in a scratch directory of this test.
import os

D = "_tmp_os_files"

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
    print(os.listdir())
    os.mkdir("sub")
    with open("a.txt", "w") as f:
        f.write("hello")
    print(sorted(os.listdir()), sorted(os.listdir(".")), os.listdir("sub"))
    st = os.stat("a.txt")
    print(len(st), st[6], st[0] & 0o170000 == 0o100000, type(st[8]).__name__)
    print(os.stat("sub")[0] & 0o170000 == 0o040000)
    os.rename("a.txt", "sub/b.txt")
    print(sorted(os.listdir()), os.listdir("sub"))
    print(os.stat("sub/b.txt")[6])
    os.rename("sub", "sub2")
    print(sorted(os.listdir()))
    os.remove("sub2/b.txt")
    os.rmdir("sub2")
    print(os.listdir())
    print(os.getcwd().endswith(D))
    os.sync()
finally:
    os.chdir("..")
    rmtree(D)
print(D in os.listdir())
