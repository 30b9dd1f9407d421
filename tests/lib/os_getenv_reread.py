# os.getenv re-reads settings.toml on every call, uses the current
# directory's file, and never consults the process environment.
import os

D = "_tmp_os_getenv_reread"

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
    print(os.getenv("PATH"), os.getenv("HOME", "no home"))
    print(os.getenv("A"), os.getenv("A", 1))
    with open("settings.toml", "w") as f:
        f.write("A = 1\n")
    print(os.getenv("A"))
    with open("settings.toml", "w") as f:
        f.write('A = "two"\nB=3')
    print(os.getenv("A"), os.getenv("B"))
    with open("settings.toml", "w") as f:
        f.write('[table]\nA = 1\n')
    print(os.getenv("A"))
    os.mkdir("inner")
    os.chdir("inner")
    print(os.getenv("B"))
    os.chdir("..")
    os.rmdir("inner")
    os.remove("settings.toml")
    print(os.getenv("A", "gone"))
    try:
        os.getenv(5)
    except TypeError as e:
        print("TypeError")
finally:
    os.chdir("..")
    rmtree(D)
